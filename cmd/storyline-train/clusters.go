package main

import "errors"

func runClusters(args []string) error { return errors.New("clusters: not implemented yet") }
