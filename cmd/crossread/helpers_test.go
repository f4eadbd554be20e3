package main

import "github.com/crossread/crossread/corpus"

func spanOf(start, n int) corpus.Span { return corpus.Span{Start: start, End: start + n} }
