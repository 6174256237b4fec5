package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of removed text.
const (
	KindMetadata     = "metadata"
	KindTitle        = "title"
	KindHeadlines    = "related-headlines"
	KindShare        = "share"
	KindAd           = "advertisement"
	KindCopyright    = "copyright"
	KindNavigation   = "navigation"
	KindPhotoCredit  = "photo-credit"
	KindCredits      = "credits"
	KindEmpty        = "empty"
	KindNoise        = "noise"
	KindDuplicate    = "duplicate"
	kindBody         = ""
	maxCallToActionW = 14
)

var (
	adRe        = regexp.MustCompile(`(?i)^(?:advertisement|advertising|advert|sponsored(?: content| links?| stories)?|supported by|loading\s*(?:\.\.\.|…)?|paid (?:content|post)|ad|ads by \S+|story continues (?:below|after) (?:this )?(?:advertisement|ad)|continue reading below|article continues below|scroll to continue(?: with content)?)\s*[:.]?$`)
	copyrightRe = regexp.MustCompile(`(?i)^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}|$))|all rights reserved|\ball rights\b.*\breserved\b|^this (?:material|article) may not be (?:published|reproduced)`)
	// ctaRe matches the classic call-to-action lines.
	ctaRe     = regexp.MustCompile(`(?i)^(?:[\[(]?\s*(?:read|see|watch|listen|related|more|also read|read more|see also|further reading|recommended|explore)\s*(?:more|also|next)?\s*:|share(?: this| on| via| the| article| story|$)|subscribe\b|sign up\b|sign in\b|log in\b|login\b|register\b|follow (?:us|me|@|the|our|him|her|them)\b|like us on|read (?:more|next|also|the full|our)\b|more (?:on|from|about|stories|news|in)\b|related(?: (?:stories|articles|news|content|coverage|topics|links|reading))?\s*:?$|recommended\b|you (?:may|might) (?:also )?(?:like|be interested)|most (?:read|popular|viewed|shared)\b|trending\b|don'?t miss\b|see also\b|also read\b|click here\b|tap here\b|watch(?: now| live| the video|:)|listen(?: now| to| live|:)|download (?:the|our)\b|get (?:the|our) (?:app|newsletter|latest)|join (?:us|our|the conversation)\b|newsletter\b|email (?:this|us)\b|print(?: this)?(?: article| page)?$|comments?\s*(?:\(\d+\))?$|show comments|leave a comment|load more|back to top|skip to\b|jump to\b|top stories\s*:?$|latest (?:news|stories)\s*:?$|tweet$|whatsapp$|facebook$|twitter$|linkedin$|copy link$|copied!?$|save$|menu$|home$|search$|close$|next$|previous$|continue reading\b|view (?:comments|gallery|all)\b|open in app|we (?:use|value) cookies|accept (?:all )?cookies|this (?:site|website) uses cookies|cookie (?:policy|settings)|privacy policy|terms of (?:use|service)|contact us$|about us$|have your say\b|got a (?:news )?tip\b|send us\b)`)
	cueWordRe = regexp.MustCompile(`\b(?:news|stories|more|related|read|watch|listen|coverage|links|latest|popular|trending|videos?|podcasts?)\b`)
	socialRe  = regexp.MustCompile(`\b(?:is|are) on (?:twitter|x|facebook|instagram|threads|bluesky|tiktok|linkedin|mastodon)\b|^follow (?:\S+ ){0,4}on (?:twitter|x|facebook|instagram|threads|bluesky|tiktok|linkedin)\b`)
	linkCueRe = regexp.MustCompile(`^(?:follow|read|see|watch|find|get|visit|learn|sign|subscribe|download|listen|more)\b.*(?:https?://|www\.)\S+\.?$`)
	cookieRe  = regexp.MustCompile(`(?i)\bcookies?\b`)
	navSepRe  = regexp.MustCompile(`\s(?:>|»|›|/|\||·|•)\s`)
	creditRe  = regexp.MustCompile(`(?i)^(?:\(?\s*(?:photo|photos|photograph|image|images|picture|pictures|pic|video|illustration|graphic|gallery|slideshow|file photo|credit|photo credit|image credit|image source|source image|image caption|caption)s?\s*(?::|by\b|credit\b|courtesy\b|/)|(?:image|photo|picture) (?:source|caption|credit)s?\s*,|\(?(?:getty images|reuters|afp|ap|epa|shutterstock|alamy|pa media|pa|bloomberg|xinhua|tass|anadolu)(?: via [^)]*)?\)?$)|(?:/|\|)\s*(?:getty images|ap|afp|reuters|epa|shutterstock|pa|bloomberg|xinhua|alamy)(?: via [\w ]+)?\)?$|\((?:photo|image|picture)s?:?[^)]*\)$|\(\s*(?:ap|afp|reuters|getty|epa|pa|upi|xinhua|tass|anadolu|sputnik)\b[^)]*(?:photo|images?|pool|file)[^)]*\)$`)
	creditsRe = regexp.MustCompile(`(?i)(?:contributed|contributing) (?:reporting )?to this (?:report|story|article)\.?\)?$|^\(?\s*this (?:version|story|article|report) (?:corrects|has been corrected|was corrected|updates)\b|^\(?\s*(?:\(?additional )?(?:reporting|writing|editing|edited|compiled|produced|research|translated|contributed|contributing|graphics)\s+by\b|^\(?\s*(?:editor|editors|editing|reporter|reporters|correspondent|produced by|compiled by|contributors?|translation|translated by|fact-checked by)\s*:|^\(?\s*this (?:story|article|report) (?:has been|was|is) (?:originally |first |also )?(?:updated|corrected|amended|published|edited|posted|republished|produced)\b|^\(?\s*corrects?\b.*\)$|^\(?\s*with (?:additional )?reporting (?:by|from)\b|^\(?\s*our standards\s*:`)
)

// lineKind classifies one paragraph as crawler boilerplate and returns its
// kind, or "" when it is not boilerplate.
func lineKind(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return KindEmpty
	}
	if !hasLetterOrDigit(s) {
		return KindNoise
	}
	if len(s) > 600 || wordsAtLeast(s, 41) {
		return ""
	}
	w := wordCount(s)
	low := strings.ToLower(s)
	switch {
	case w <= 8 && adRe.MatchString(s):
		return KindAd
	case w <= 6 && relTimeRe.MatchString(s):
		return KindMetadata // "3 min read", "Updated 2 hours ago"
	case mayCopyright(s, low) && copyrightRe.MatchString(s):
		return KindCopyright
	case w <= 30 && mayCredits(low) && creditsRe.MatchString(s):
		return KindCredits
	case w <= maxCallToActionW && ctaFirst[firstWord(low)] && ctaRe.MatchString(s) && (!endsSentence(s) || cookieRe.MatchString(s)):
		return KindShare
	case w <= maxCallToActionW && strings.HasPrefix(low, "read more") || w <= 25 && ctaNewsletter(low):
		return KindShare
	case w <= 6 && strings.HasSuffix(s, ":") && cueWordRe.MatchString(low):
		return KindShare // "More games news:", "Top stories:"
	case w <= 15 && socialRe.MatchString(low):
		return KindShare // "Jane Doe is on Twitter at @jdoe."
	case w <= 20 && linkCueRe.MatchString(low):
		return KindShare // "Follow AP's coverage at https://…"
	case (w <= 20 || w <= 60 && captionStart(low)) && mayPhotoCredit(low) && creditRe.MatchString(s):
		return KindPhotoCredit
	case w <= 30 && strings.ContainsAny(s, ">»›/|·•") && isCrumbs(s):
		return KindNavigation
	case w == 1 && urlLineRe.MatchString(s):
		return KindNavigation // a bare link
	}
	return ""
}

// mayCopyright is a cheap filter before copyrightRe.
func mayCopyright(s, low string) bool {
	return strings.Contains(s, "©") || strings.Contains(low, "copyright") || strings.Contains(low, "(c)") ||
		strings.Contains(low, "reserved") || strings.Contains(low, "may not be")
}

// mayCredits is a cheap filter before creditsRe.
func mayCredits(low string) bool {
	return strings.Contains(low, " by") || strings.Contains(low, ":") || strings.HasPrefix(low, "this ") ||
		strings.HasPrefix(low, "(this ") || strings.Contains(low, "correct") || strings.HasPrefix(low, "this version") || strings.Contains(low, "contribut") || strings.HasPrefix(low, "with ") || strings.HasPrefix(low, "(with ")
}

// mayPhotoCredit is a cheap filter before creditRe.
func mayPhotoCredit(low string) bool {
	return strings.Contains(low, "photo") || strings.Contains(low, "image") || strings.Contains(low, "pic") ||
		strings.Contains(low, "video") || strings.Contains(low, "illustration") || strings.Contains(low, "graphic") ||
		strings.Contains(low, "credit") || strings.Contains(low, "/") || strings.Contains(low, "gallery") ||
		strings.Contains(low, "slideshow") || len(low) < 40
}

// ctaNewsletter matches newsletter and subscription pitches (s lowercase).
func ctaNewsletter(l string) bool {
	return (strings.Contains(l, "newsletter") || strings.Contains(l, "inbox")) &&
		(strings.Contains(l, "sign up") || strings.Contains(l, "subscribe") || strings.Contains(l, "delivered") ||
			strings.Contains(l, "get ") || strings.Contains(l, "receive"))
}

// isCrumbs reports whether s is a navigation trail or a link bar: at least two
// separators between short items ("Home > World > Europe", "News | Sport | TV").
func isCrumbs(s string) bool {
	seps := navSepRe.FindAllStringIndex(s, -1)
	if len(seps) < 2 {
		return false
	}
	items := navSepRe.Split(s, -1)
	for _, it := range items {
		if wordCount(it) > 4 || endsSentence(it) {
			return false
		}
	}
	return true
}

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…' || r == '。' || r == '！' || r == '？'
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// ctaFirst holds the first words of the lines ctaRe can match; other lines
// skip the expression.
var ctaFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`share subscribe sign log login register follow like read more related
		recommended you most trending don't dont see also click tap watch listen download get join newsletter
		email print comments comment show leave load back skip jump top latest tweet whatsapp facebook twitter
		linkedin copy copied save menu home search close next previous continue view open we accept this cookie
		privacy terms contact about have got send further explore`) {
		m[w] = true
	}
	return m
}()

// firstWord returns the first word of a lowercase line without leading
// brackets and trailing punctuation.
func firstWord(low string) string {
	low = strings.TrimLeft(low, "[( ")
	end := len(low)
	for i, r := range low {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			end = i
			break
		}
	}
	return strings.ReplaceAll(low[:end], "’", "'")
}

// captionStart reports whether a lowercase line starts like a caption or
// ends with an agency photo credit, which may follow a long caption.
func captionStart(low string) bool {
	return strings.HasPrefix(low, "image caption") || strings.HasPrefix(low, "caption") ||
		strings.HasPrefix(low, "photo:") || strings.HasPrefix(low, "image:") ||
		strings.HasSuffix(low, ")") && (strings.Contains(low, "photo/") || strings.Contains(low, "photo /") || strings.Contains(low, "images)") || strings.Contains(low, "pool)"))
}
