package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const (
	crashEnv       = "STORYLINE_SQLITE_CRASH_CHILD"
	crashBatches   = 4    // committed batches before the crash
	crashBatchSize = 250  // records per committed batch
	crashBigSize   = 3000 // records in the interrupted batch (~9 MB, past the page cache)
	crashKillAt    = 2000 // record after which the child reports and waits to be killed
)

// TestCrash kills a child process (SIGKILL) in the middle of a large Commit
// and checks that the file holds every earlier batch, nothing of the
// interrupted one, and passes SQLite's integrity checks.
func TestCrash(t *testing.T) {
	if path := os.Getenv(crashEnv); path != "" {
		crashChild(t, path)
		return
	}
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrash$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	committed := 0
	timeout := time.After(2 * time.Minute)
wait:
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				cmd.Wait()
				t.Fatalf("child exited before reaching the commit (%d batches committed)", committed)
			}
			if strings.HasPrefix(l, "committed ") {
				committed++
			}
			if l == "inside" {
				break wait
			}
		case <-timeout:
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatal("child did not reach the interrupted commit in time")
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	for range lines {
	}
	if committed != crashBatches {
		t.Fatalf("child reported %d committed batches, want %d", committed, crashBatches)
	}
	if fi, err := os.Stat(path + "-wal"); err == nil {
		t.Logf("WAL left by the killed child: %d bytes", fi.Size())
	}

	db, err := Open(path)
	if err != nil {
		t.Fatalf("reopen after crash: %v", err)
	}
	defer db.Close()
	ctx := context.Background()
	var res string
	if err := db.r.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Errorf("PRAGMA integrity_check = %q, %v", res, err)
	}
	if _, err := db.w.ExecContext(ctx, `INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')`); err != nil {
		t.Errorf("FTS integrity check: %v", err)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := crashBatches * crashBatchSize; st.Articles != want {
		t.Errorf("articles after crash = %d, want %d", st.Articles, want)
	}
	var big int
	if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id LIKE 'big-%'`).Scan(&big); err != nil || big != 0 {
		t.Errorf("records of the interrupted batch = %d (%v), want 0", big, err)
	}
	for i := 0; i < crashBatches*crashBatchSize; i += 97 {
		want := synthRecord("crash", i, 3000)
		got, err := db.Article(ctx, want.Doc.ID)
		if err != nil {
			t.Errorf("Article(%q) after crash: %v", want.Doc.ID, err)
			continue
		}
		if got.Doc.Text != want.Doc.Text || got.Story != want.Story {
			t.Errorf("Article(%q) after crash differs", want.Doc.ID)
		}
	}
	var total int
	db.r.QueryRowContext(ctx, `SELECT coalesce(sum(size), 0) FROM stories`).Scan(&total)
	if total != st.Articles {
		t.Errorf("sum of story sizes %d, want %d", total, st.Articles)
	}
}

// crashChild commits crashBatches batches, then starts a large one and
// waits inside it to be killed.
func crashChild(t *testing.T, path string) {
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for b := range crashBatches {
		if err := db.Commit(ctx, synthBatch("crash", b*crashBatchSize, crashBatchSize, 3000)); err != nil {
			t.Fatal(err)
		}
		fmt.Printf("committed %d\n", b)
	}
	db.hook = func(i int) {
		if i == crashKillAt {
			fmt.Println("inside")
			time.Sleep(time.Hour) // the parent kills us here
		}
	}
	db.Commit(ctx, synthBatch("big", 0, crashBigSize, 3000))
	t.Fatal("the interrupted commit returned; the parent should have killed the child")
}
