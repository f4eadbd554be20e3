// Package align links the paragraphs of a translated article to the
// paragraphs of one or more source articles.
//
// Sources may cover only part of the target, in another order, and a target
// paragraph may merge or split source paragraphs. Paragraphs without a good
// partner stay unaligned: they are first-class output (additions in the
// target, omissions from a source).
//
// Aligners are stateless values and safe for concurrent use.
//
// # Method
//
// The default aligner (New) uses no dictionary, only evidence that survives
// translation in any language pair:
//
//   - numbers, normalised by the locale of each document (24.000 in German
//     and 24,000 in English are both 24000; 39,1 is 39.1, by CLDR's
//     separators), full-width and other-script digits folded, CJK myriads
//     read as a language counting in thousands writes them (340万 as 3.4,
//     for 3.4 million), rounded values (39.07 → 39,1) counted as
//     weaker matches, and times of day read on a 24-hour clock ("9:00
//     p.m." is 21:00, as is Russian "21.00" where a decimal takes a
//     comma); across scripts, the numbers 2 to 12 in words too ("три",
//     "שלושה", three: quantity.SmallNumberWords), which count only
//     where they match: perturbed wmt23 en-he 0.917 → 0.921, he-en
//     0.931 → 0.936, uk-en 0.942 → 0.947, ru-en 0.972 → 0.976, zh-en
//     0.952 → 0.950 (between Latin documents they made chance links);
//   - names and identifiers: tokens capitalised inside a sentence in a
//     language where capitals mark names (not German, which capitalises
//     every noun: there a token is a name when it matches one on the other
//     side), acronyms, tokens with inner capitals or digits (H100, OpenAI),
//     Latin words in caseless scripts;
//   - identical words and cognates (LCS ratio after folding case and
//     diacritics, with a lower bar for a shared four-letter prefix),
//     including the parts of compounds (Netzwerkinfrastruktur ~
//     infrastructure); short identical words count for less, since they are
//     often false friends;
//   - URLs, matched only whole: a paragraph that is mostly a URL matches only
//     a paragraph with the same URL, and numbers inside URLs are not prose;
//   - between documents in different scripts (Latin against Cyrillic,
//     Hebrew or Japanese), names by their sound: the consonant skeleton
//     (internal/translit) of a Latin or Cyrillic name, a Hebrew word of
//     four consonants or more, or a run of katakana (Трамп, טראמפ and
//     トランプ are all Trump's "trmb"), and marks of punctuation as for
//     sentences (below);
//   - between Cyrillic and Latin documents, cognates through transcription:
//     a Russian or Ukrainian word of five letters or more, spelt in Latin
//     letters as names are, is compared with the Latin words as cognates
//     are, at three quarters of their strength (інформація, information;
//     президент, prezident), both sides spelt as transcriptions spell
//     sounds (c and q as k, y as i, ph as f, a doubled letter once:
//     символікою, simvolikoiu, and symbolic, simbolik) and the Slavic
//     word with or without up to three letters of its case ending
//     (фактів, faktiv, is fakt, facts): perturbed wmt23 en-uk 0.907 →
//     0.923, uk-en 0.935 → 0.942, ru-en 0.964 → 0.972, en-ru 0.936 →
//     0.932.
//
// Tokens are weighted by their inverse document frequency over the
// paragraphs of their own document, so frequent words act as stop words
// without a list. The similarity of a candidate bead is the harmonic mean of
// the weighted shares of each side's tokens that find a partner; in a merged
// bead each paragraph counts its own tokens, so a paragraph whose words its
// neighbour already holds must still find them on the other side.
//
// Similarities are calibrated on the document pair: the similarities of
// unrelated pairs (all pairs but mutual best matches, or a random sample of
// long documents), with an exponential tail and a weak prior, turn a
// similarity into a surprise in nats, -ln P(chance pair this similar). A
// length model, fitted on confident pairs against random ones, adds a
// log-likelihood ratio of the length ratio, with a share of outliers so
// that an added sentence costs a bounded amount. Its centre is the median
// of the confident pairs' log ratios with three pseudo-pairs at the random
// pairs' mean (the documents' own ratio), and its spread the lower median
// of their deviations: across scripts the confident pairs are few, often
// a name that fills a short paragraph, and one of them must not set the
// ratio.
//
// The search runs in steps. A link needs evidence above the log of the
// number of alternatives it competes with (a posterior of one half), and a
// link that nothing around it supports needs ln 20 more, so that documents
// with nothing in common get next to no links:
//
//  1. For each source, the heaviest monotone chain of 1:1 anchor links with
//     free skips on both sides (local alignment: a source covering only part
//     of the target costs nothing elsewhere), found in O(B log M) over B
//     candidate pairs. Then the gaps between in-order links, and between the
//     outermost links and the document edges, are filled with 1:1, 2:1 and
//     1:2 beads: a gap offers few alternatives and its neighbours support
//     it, so the bar is lower, and in a gap about as long on both sides
//     and free of other sources' links agreeing lengths count too. Further rounds find the blocks the target
//     moved. Where sources compete for a target paragraph the strongest
//     claim wins; a target paragraph keeps two sources only when both claims
//     are strong and the second matches mostly target tokens of its own
//     (not a section number the first already explains). A free target paragraph between two links of one source is
//     not in the gaps of the others (an interleaved source's run stays its
//     own), unless a stretch of them is longer than what that source has
//     left to place between the two links.
//
//  2. A link grows into a free neighbouring paragraph (1:2, 2:1) when the
//     merged text matches better, by the prior cost of a merge, than each
//     pair inside it.
//
//  3. A target paragraph still free may be linked to a source paragraph that
//     is already linked (a repeated quote), if the match clears the bar of
//     an anchor after a reuse penalty and stands out among all source
//     paragraphs, by its similarity and by the tokens it shares: each
//     shared token as rare as the share of source paragraphs holding a
//     partner, with a union bound over which tokens match, must beat the
//     log of the number of source paragraphs (two short paragraphs that
//     share two rare names are less surprising than their similarity says).
//     Then a source paragraph still unlinked may be linked to one free
//     target paragraph, or two in a row that split it (a paragraph the
//     target moved on its own, which no chain round could place without
//     support): the free paragraphs left can only pair with each other, so
//     each of the nt × ns pairs of free paragraphs is a priori as likely as
//     none; with one source paragraph left the bar is low, with many
//     omissions and additions left it stays high. Its tokens must stand
//     out as for a reuse.
//
//  4. Refinement: the in-order links of each source are anchors for a
//     dynamic programme over 1:1, 2:1, 1:2, 2:2, 3:1 and 1:3 beads and
//     units without partner, in a band around the anchor path (whole gaps
//     when they are small, a diagonal band otherwise). A bead gains its
//     lexical and length evidence less a threshold and a merge price; a
//     unit without partner costs nothing outside the anchors' span (local
//     alignment) and, inside it, the log odds of having a partner measured
//     on the anchors, so a document pair with many additions makes them
//     cheap. For paragraphs the cost is affine: a unit without partner
//     that follows one costs the log odds, measured on the anchors, of an
//     unlinked unit following an unlinked one, since an omitted or added
//     block is one event. Units held by another source or by an out-of-order link stay
//     as they are, as do target units between two links of another source;
//     a target paragraph linked to two sources keeps its weaker source only
//     if that source's programme, kept off the paragraph, finds no other
//     place for its part. For paragraphs, a bead of several paragraphs against
//     one is judged in length part by part, as the 1:1 beads it competes
//     with are: a paragraph break on one side mostly falls at a sentence
//     or clause break on the other, so the single paragraph is cut there
//     (the best cut paying the log of the cuts tried), and a merge whose
//     break no cut fits loses length evidence; this tells an omitted
//     paragraph next to a pair from half of a split paragraph. Nor may
//     such a bead hold, among its several paragraphs, one with numbers of
//     which nothing on the other side matches any: numbers survive
//     translation, so that paragraph has no partner here (a
//     cross-reference, a caption next to a pair). A 2:2 bead may be read as two pairs whose
//     break moved to a sentence break, each pair's length judged on its
//     own, as the two 1:1 beads it competes with are.
//
//  5. Interjections: after refinement, a free target paragraph right
//     after (or before) a short free one that follows a 1:1 link t → s
//     may carry on s: translators cut a paragraph around a lead-in of
//     their own ("In his words:", at most a quarter of s's length). Then
//     t±2 is linked to s too, as a link of its own (links hold contiguous
//     paragraphs), the lead-in between staying unaligned; its 1:1
//     evidence must beat chance by the prior cost of a merge and ln 2 for
//     the side, since its position leaves few hypotheses.
//
//  6. Order and length: where words rarely match (Japanese or Chinese
//     and English share next to none), the steps above leave stretches
//     unlinked and chance matches of a number put links off the diagonal.
//     Every monotone path of 1:1, 2:1 and 1:2 beads and units without
//     partner through a stretch is summed, by forward and backward
//     passes, under Gale and Church's length model (the ratio of the
//     document pair and a variance per character fitted on its 1:1
//     links, robustly, by medians, against the random pairs' log
//     ratios; a merge of paragraphs judged part by part, cut at a
//     sentence or clause break as in refinement) and the lexical
//     evidence, including that of sharing
//     nothing, ln P(nothing shared | pair) / P(nothing shared | chance),
//     estimated on the document pair
//     (about -1.8 for German and English, -0.5 for Japanese and English),
//     and that of numbers, and between documents whose letters have
//     case, of names, on both sides and none shared (conflict.go,
//     calibrated the same way on the document's links against its random
//     pairs: an addition next to an omission names other people);
//     the beads' priors are paragraphs/dev's shares (a unit without
//     partner is one bead in thirteen). A bead held by more than half the
//     paths, times the probability that the stretch translates at all
//     (its paths' likelihood against unrelated text, given its size, with
//     prior odds of 49 for a single source, from the mixed runs of
//     omissions and insertions in paragraphs/dev's gold: none of 47), is
//     linked; a merge among them has beaten its pairs on the paths
//     already. With one source and news-sized documents (up to 40,000
//     pairs), the paths run through the whole documents: links below the
//     bar of an unsupported anchor (a 2:2 link, if one of its pairs is
//     and the lengths ask for no moved break) are judged again and give
//     way to a sure bead, and the stronger links' paragraphs may be
//     passed at no cost, so that a paragraph moved with its words does
//     not cut the path; a stronger link grows into a sure merge that
//     holds it whole. Paragraphs still free then take the bead of the
//     most probable path, if a tenth of the paths hold it (a pair whose
//     paths split between a 1:1 and a merge with an added neighbour is
//     more likely translated than not), with that probability as score,
//     below MinScore's default, where the paths beat unrelated text by
//     ln 20 without the prior odds (they have no words to support them).
//     With several sources, or longer documents, only the stretches
//     between the links of a source are filled, and only by sure beads.
//
//  7. Late leftovers: the leftover step of 3 runs again on what the
//     steps above left free. Few paragraphs are free then, so the bar
//     (the log of the nt × ns free pairs) is low, and a shared token
//     need only stand out among the free source paragraphs: a moved
//     paragraph that shares a name or a number with its source is linked
//     where it went. Then, with one source and news-sized documents
//     linked in part, a source paragraph still free goes to the free
//     target paragraph its length fits best, by the same prior and the
//     evidence of step 6 (length, and that of sharing nothing): a moved
//     paragraph that shares no word, number or mark with its source.
//
//  8. Summaries: after refinement, a free target paragraph between two
//     links of one source with no source paragraph left between them (so
//     an addition or a repetition) may be linked to the two source
//     paragraphs of the run of two links right after it or right before
//     it: a news lead that sums up what follows, a wrap-up of what
//     precedes. Each such run is a priori as likely as a paragraph of its
//     own; the merged pair must say more than either of its paragraphs
//     and pays the prior cost of a merge and of a reuse.
//
// Options.Unit selects the costs: sentences (Unit UnitSentence, one per
// Document paragraph) need less evidence and a wider band than paragraphs,
// may form larger beads (2:3, 3:2, 1:4, 4:1), and pay besides Gale and
// Church's length cost in characters, whose spread grows with the square
// root of the length (variance 6.8 per character, the documents' own
// character ratio of confident pairs): a short sentence's length ratio says less than a long
// one's. Sentences share few words across languages, so at that unit
// the aligner also:
//
//   - counts marks of punctuation that translations keep as tokens
//     (question and exclamation marks, colons, semicolons, brackets,
//     quotation marks of any language, ellipses, dashes between spaces,
//     note marks: ※ and the asterisk), weighed by their document
//     frequency like words;
//   - asks ln m more evidence of a link out of order (moved blocks,
//     reuses): sentences keep their order, and a short one often shares a
//     name or a number with one far away;
//   - re-estimates the skip cost of the programme on its own output until
//     the two agree, since the anchors leave most true pairs to the
//     programme and their unlinked share overstates the units without
//     partner; lets a run of such units continue at half the cost (a block
//     of captions, an omitted passage), and a unit with fewer than ten
//     letters or digits (OCR debris, a label) skip for less;
//   - learns word pairs from the first alignment, as Moore (2002) and
//     hunalign's -realign do: words in at least two links together, with
//     a Dice coefficient of at least one half and in at most a tenth of
//     the links, each word paired once (strongest first), become matches
//     of half the strength of identity times their Dice, and the
//     documents are aligned again.
//
// With its two passes and the reruns of the programme, which keep the
// beads' gains, Text+Berg dev's 554×468 sentences take about 0.2 s.
//
// Options.Dicts adds bilingual dictionary pairs (LoadDict reads TSV and
// FreeDict's dictd files; InstalledDicts finds installed FreeDict pairs,
// such as Debian's dict-freedict-deu-eng and -eng-deu, and caches them) to
// the token matches; the aligner needs none and looks for none by itself.
// A dictd dictionary is read lazily: its index is searched by headword and
// only the dictzip chunks holding a document's words are inflated, so the
// German–English pair costs about 0.3 s once per process. With it,
// paragraphs/dev reaches 0.977 with 45 of 49 null beads, and the seed
// 54/54 (52/54 without): the paragraphs it moved and split (two sentences
// into two target paragraphs) share too few words without a dictionary
// to be linked as leftovers.
//
// Chinese and Japanese words, one character each to the tokenizer, are
// too short to mean anything alone, so against an English document their
// text is also read by the longest match in the embedded English gloss
// lexicons (internal/gloss: CC-CEDICT, EDICT's common words): each word
// found is a token that matches the English words rendering one of its
// glosses, as written or inflected, at half the strength of identity.
// On paragraph documents built from wmt23 it brings the strict F1 of
// perturbed documents from 0.88–0.91 to 0.95–0.97 in en-ja, en-zh,
// ja-en and zh-en; strengths of 0.4 to 0.6 do about as well.
//
// Arabic, Czech, Greek, Hebrew, Hindi, Indonesian, Korean, Persian,
// Polish, Russian, Turkish and Ukrainian against English get the
// embedded core word lists (data/lexicon: two and a half
// to four thousand frequent English words with their translations,
// written for crossread), matched at half the strength of identity: an
// English word by its lemmas (paid, pay; went, go), a translation by the
// words that share its inflection stem (inflectionStems: in the Slavic
// languages, Greek and Hindi the first five letters once up to three
// ending letters are gone, with a Russian or Ukrainian fleeting o or e
// dropped, квиток and квитки; a Hebrew or Arabic word with and without
// its joined prefixes; a Korean word with and without its last one or
// two syllables; a Turkish word's first five letters; an Indonesian word
// with and without its prefix and suffix). On the wmt23
// documents they bring the strict F1 of perturbed documents from
// 0.92–0.95 to 0.97–0.99 in the Russian, Ukrainian and Hebrew pairs and
// en-cs from 0.953 to 0.986; an article written for the tests in Arabic,
// Czech, Greek, Hindi, Korean, Persian and Turkish, no paragraph of
// which aligned before, aligns whole. German, French, Spanish and
// Italian, which share many words with English, have no list: one
// gained nothing there and linked more unrelated documents. Two of the
// twelve languages meet through English (pivot.go): a Czech and a
// Ukrainian word that translate one English word match at the same
// strength, which brings wmt23 cs-uk from 0.980 to 0.988 (0.934–0.984 to
// 0.975–0.990 on records and draws the tuning never saw), and the test
// article, wholly unaligned between Turkish and Korean, Arabic and
// Persian, Hebrew and Hindi, Greek and Indonesian, and missing the wrong
// paragraph from Czech into Ukrainian, finds its dropped paragraph.
//
// Long documents stay roughly linear: beyond 40,000 paragraph pairs each
// target paragraph is compared only with its best candidates from an
// inverted index of selective tokens (at most 64 paragraphs a token), the
// null model is fit on a sample, chains over gaps use trees as wide as the
// gap, and the similarity of a bead is computed without allocating. The
// matched weights of every candidate pair are computed once and shared by
// all steps; the programme skips a merged bead when an upper bound on its
// similarity (the sum of its pairs' matches) cannot beat the best way into
// its cell, which leaves the result unchanged; documents are reduced to
// features, cognates compared, and candidate pairs and the null sample
// scored, in parallel, with results that do not depend on the number of
// threads.
//
// Sentences aligns the sentences inside one paragraph link, for checks that
// want precise evidence: Gale and Church's programme over the link, with
// the lexical evidence above, the marks of punctuation translations keep,
// and across scripts the names' sounds and the English glosses of Chinese
// and Japanese words (on Text+Berg dev cut into links of five gold beads,
// strict F1 0.854 inside the links; 0.836 without the marks). A link of
// more sentences than one table holds is aligned in chunks, one after the
// other, each in a band along the link's ratio of lengths and along a
// guide through the sentences that share a number or a capitalised word
// no other sentence of either side has, so that a run of sentences one
// side dropped, longer than the band is wide, is skipped whole
// (wmt23-refs joined into one paragraph a side, two runs of 25 records
// gone: en-de 0.25 → 0.97 of the target sentences with their own).
//
// Link.Score is the probability of the link under these models, less the
// margin for unsupported links; every link scores at least
// Options.MinScore, which raises every bar at once, except the best
// path's fill of step 6 when MinScore is left at its default (a set
// MinScore turns the fill off). Options.Monotone drops the steps that link
// out of order.
//
// Without a dictionary the aligner counts the marks of punctuation of
// paragraphs too (as it always does between sentences and across
// scripts): where no word pairs are given, a question, a quotation or an
// ellipsis is among the little two paragraphs share (paragraphs/dev
// 0.974 → 0.979, perturbed wmt23 en-cs 0.935 → 0.953); with one, the
// words say enough and the marks only add chance matches (the seed lost
// a paragraph).
//
// Measured (strict bead F1, vecalign's metric): paragraphs/dev 0.979 with
// 45 of its 49 omitted and inserted paragraphs found (0.977 and 45 with
// FreeDict), Text+Berg dev sentences 0.884 without a dictionary (39 of
// its 41 sentences without partner found); the seed 52/54 (54 with
// FreeDict); paragraphs/dev with its English dealt to two sources in
// alternating runs of 20, 8 and 3 gold beads 0.971, 0.970 and 0.940 (44,
// 42 and 40 of 49).
// On documents of 10 to 20 consecutive WMT23 reference segments in 14
// pairs (TestWMTDocuments), in order, 0.992 (ja-en) to 1 of the
// paragraphs are aligned right; with paragraphs dropped on either side,
// merged and moved (three versions of each document), strict bead F1 is
// 0.921 (en-he) to 0.986 (en-de), 0.95 or more but in en-he, en-ru,
// en-uk, he-en and uk-en: sentence-long paragraphs in another script carry
// little evidence besides their order and length, and a moved one that
// shares no name, number or mark with its source, or an omission next
// to an addition, is placed by length alone, or, between Latin
// documents, where sharing nothing speaks against a pair, not at all.
// A document's target against the next document's source (no
// translation, but the same stream) gets 4 % (en-cs) to 20 % (zh-en) of
// its paragraphs linked.
// Speed (BenchmarkAlign2000, BenchmarkAlign100k, 2 cores): 71–78 ms for
// 2,000×2,000 paragraphs and 4.6 s for 100,000×100,000, with 784 MB
// allocated in all and 914 MiB peak RSS for the whole benchmark process.
package align
