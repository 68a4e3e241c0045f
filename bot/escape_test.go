package bot

import (
	"strings"
	"testing"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"**bold** _it_ ~~s~~ `code` ||spoiler||", `\*\*bold\*\* \_it\_ \~\~s\~\~ \` + "`" + `code\` + "`" + ` \|\|spoiler\|\|`},
		{"@everyone and @here", `\@everyone and \@here`},
		{"<@123> <@&456> <#789> <t:1:R>", `\<\@123\> \<\@&456\> \<\#789\> \<t:1:R\>`},
		{"[click](https://evil.example)", `\[click\]\(https://evil.example\)`},
		{"# heading\n- item\n1. first\n> quote", "\\# heading\n\\- item\n1\\. first\n\\> quote"},
		{"multi-faceted 30-day", "multi-faceted 30-day"},
		{`a\b`, `a\\b`},
	}
	for _, tt := range tests {
		if got := escape(tt.in); got != tt.want {
			t.Errorf("escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := unescape(escape(tt.in)); got != tt.in {
			t.Errorf("unescape(escape(%q)) = %q", tt.in, got)
		}
	}
}

// FuzzEscape checks that escaping never changes what people see (unescape
// restores the text) and leaves no live mention or link syntax.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"", "@everyone", "<@1>", "[a](b)", "**x**", "1. a\n- b", `\`, "“root causes”", "\\*", "😀 <a:x:1>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := escape(s)
		if got := unescape(e); got != s {
			t.Fatalf("unescape(escape(%q)) = %q", s, got)
		}
		for i := 0; i < len(e); i++ {
			if strings.IndexByte("*_~`|<>[]()@", e[i]) >= 0 && trailingBackslashes(e[:i])%2 == 0 {
				t.Fatalf("escape(%q) = %q leaves %q live at %d", s, e, e[i], i)
			}
		}
	})
}
