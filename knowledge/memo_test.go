package knowledge

import (
	"reflect"
	"sync"
	"testing"
)

// TestAnswersConcurrentMemos: the per-article memos (expansions, stems of
// words the article lacks) are shared by concurrent questions and change
// no answer: questions asked at once, twice over, answer as on an article
// nobody has asked before.
func TestAnswersConcurrentMemos(t *testing.T) {
	text := embeddedArticle
	qs := append([]string{"Which neutral venue did Trump propose?", "Are the two leaders optimistic?"}, benchQuestions...)
	fresh := func() *Article {
		a, err := Parse("seed", text)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	want := make([]Answer, len(qs))
	for i, q := range qs {
		want[i] = fresh().answer(q)
	}
	a := fresh()
	var wg sync.WaitGroup
	got := make([]Answer, 2*len(qs))
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = a.answer(qs[i%len(qs)])
		}()
	}
	wg.Wait()
	for i, g := range got {
		if w := want[i%len(qs)]; !reflect.DeepEqual(g, w) {
			t.Errorf("%q: got %+v, want %+v", qs[i%len(qs)], g, w)
		}
	}
}
