package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"
)

func TestMalformedDotenvIsReportedWithItsLine(t *testing.T) {
	tests := []struct {
		name, file, want string
	}{
		{"bad name", "# settings\nLOG_LEVEL=info\nDISCORD-TOKEN=sekrit-token\nRATE_USER_PER_MINUTE=6\n", ".env:3: unexpected character"},
		{"unclosed quote", "LOG_LEVEL=info\n\nOPENAI_API_KEY=\"sekrit-token\nRATE_USER_PER_MINUTE=6\n", ".env:3: a quoted value is not closed"},
		{"closed multi-line quote, then bad", "A=\"x\ny\"\nB=2\n!bad=sekrit-token\n", ".env:4:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			if err := os.WriteFile(".env", []byte(tt.file), 0o600); err != nil {
				t.Fatal(err)
			}
			err := run(context.Background(), []string{"quotebot", "about"}, func(string) string { return "" },
				strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{})
			if _, ok := errors.AsType[usageError](err); !ok {
				t.Fatalf("err = %v; want a usage error (exit 2)", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %q; want it to contain %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "sekrit") {
				t.Errorf("err = %q leaks a value of the file", err)
			}
		})
	}
}

func TestGoodDotenvIsRead(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile(".env", []byte("# c\nexport DISCORD_APP_ID=123\nLOG_LEVEL=\"debug\" # comment\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := loadConfig(func(string) string { return "" })
	if err != nil || cfg.DiscordAppID != "123" || cfg.LogLevel != "debug" {
		t.Fatalf("cfg = %+v, err = %v", cfg, err)
	}
}

func TestInviteRefusesNonNumericAppID(t *testing.T) {
	env := map[string]string{"DISCORD_APP_ID": "my-bot", "LOG_LEVEL": "loud", "DISCORD_GUILD_ID": "test server"}
	var stdout bytes.Buffer
	err := run(context.Background(), []string{"quotebot", "invite"}, envOf(env), strings.NewReader(""), &stdout, &bytes.Buffer{})
	if _, ok := errors.AsType[usageError](err); !ok {
		t.Fatalf("err = %v; want a usage error (exit 2)", err)
	}
	for _, want := range []string{"DISCORD_APP_ID is not a numeric ID", "LOG_LEVEL", "DISCORD_GUILD_ID is not a numeric ID"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("err = %q; want every problem at once, %q among them", err, want)
		}
	}
	if stdout.Len() > 0 {
		t.Errorf("printed %q", stdout.String())
	}
}
