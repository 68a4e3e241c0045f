package main

import "strings"

// Kinds: the general classes a noun is a kind of, more than one level up
// (one level is the hypernym field): "cattle" → "animal", "lorry" →
// "vehicle", "mayor" → "official". A question often names the class ("Which
// animals were sold?") where the article names its members; retrieval reads
// the field from the article's side, so that a question word expands to the
// article's members of it without scanning the vocabulary.
const (
	// maxKindDepth bounds the levels walked up from a word's common noun
	// senses. Members sit deep below the classes questions name ("cattle"
	// is ten levels below "animal"), so depth alone cannot bound it: a
	// class must also be general enough to be asked for and specific
	// enough to mean something (minKindRootDepth, minKindTags).
	maxKindDepth = 10
	// minKindRootDepth is the fewest levels a class stands below WordNet's
	// root (entity): "animal" is 6, "vehicle" 7, "official" 6; "person" 3,
	// "artifact" 4, "organism" 5 and the abstract tops say nothing of what
	// a value or a passage is about.
	minKindRootDepth = 6
	// minKindTags is the fewest times the tagged corpus saw a class's
	// lemmas in it: a class a question may name ("animal", "vehicle"), not
	// a taxonomist's ("even-toed ungulate", "bovid").
	minKindTags = 5
	// maxKinds bounds the classes kept per word, nearest first; a class
	// gives at most maxKindLemmas of its single-word lemmas.
	maxKinds      = 8
	maxKindLemmas = 2
)

// rootDepth is the fewest hypernym links from synset key up to a root.
func (g *gen) rootDepth(key string) int {
	if g.depth == nil {
		g.depth = map[string]int{}
	}
	if d, ok := g.depth[key]; ok {
		return d
	}
	g.depth[key] = 0 // cycles (none in WordNet) end here
	d := -1
	if s := g.synsets[key]; s != nil {
		for _, p := range s.ptrs {
			if p.sym == "@" || p.sym == "@i" {
				if pd := g.rootDepth(p.target) + 1; d < 0 || pd < d {
					d = pd
				}
			}
		}
	}
	d = max(d, 0)
	g.depth[key] = d
	return d
}

// kinds returns the general classes (single-word lemmas) two to
// maxKindDepth levels above w's common noun senses, nearest first.
func (g *gen) kinds(w string) []string {
	var out []string
	seen := map[string]bool{w: true}
	visited := map[string]bool{}
	var level []string
	for _, s := range g.synSenses(w, 'n') {
		level = append(level, s.key)
		visited[s.key] = true
	}
	for d := 1; d <= maxKindDepth && len(level) > 0 && len(out) < maxKinds; d++ {
		var next []string
		for _, k := range level {
			for _, p := range g.synsets[k].ptrs {
				if (p.sym == "@" || p.sym == "@i") && !visited[p.target] {
					visited[p.target] = true
					next = append(next, p.target)
				}
			}
		}
		level = next
		if d < 2 {
			continue
		}
		for _, k := range g.byFrequency(next) {
			if g.rootDepth(k) < minKindRootDepth || g.synsetFreq(k) < minKindTags {
				continue
			}
			n := 0
			for _, x := range g.synsets[k].words {
				if n == maxKindLemmas || len(out) == maxKinds {
					break
				}
				if strings.ContainsAny(x, " -") || seen[x] || !g.taggedIn(x, k) {
					continue
				}
				seen[x] = true
				out = append(out, x)
				n++
			}
		}
	}
	return out
}

// taggedIn reports whether the tagged corpus saw lemma x in synset key.
func (g *gen) taggedIn(x, key string) bool {
	for _, s := range g.senses[x][key[0]] {
		if s.key == key {
			return s.tag > 0
		}
	}
	return false
}
