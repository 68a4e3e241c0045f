package bot

import (
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Limits are how many requests a user, and a whole guild, may make per
// minute; zero means unlimited.
type Limits struct {
	UserPerMinute, GuildPerMinute float64
}

// limiter enforces Limits with one token bucket per user and per guild.
type limiter struct {
	limits Limits
	mu     sync.Mutex
	users  map[string]*rate.Limiter
	guilds map[string]*rate.Limiter
	// told is when each user may next be told they are limited, so a
	// flood of mentions gets one notice, not one reply each.
	told map[string]time.Time
}

// maxTracked bounds the buckets kept; idle (full) buckets are dropped
// beyond it, so the maps cannot grow without bound.
const maxTracked = 10000

func newLimiter(l Limits) *limiter {
	return &limiter{limits: l, users: map[string]*rate.Limiter{}, guilds: map[string]*rate.Limiter{}, told: map[string]time.Time{}}
}

// allow takes one request for user in guild ("" in DMs) at now, or reports
// how long to wait. A refused request consumes nothing.
func (l *limiter) allow(user, guild string, now time.Time) (ok bool, wait time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var taken []*rate.Reservation
	for _, b := range []*rate.Limiter{
		l.bucket(l.users, user, l.limits.UserPerMinute, now),
		l.bucket(l.guilds, guild, l.limits.GuildPerMinute, now),
	} {
		if b == nil {
			continue
		}
		r := b.ReserveN(now, 1)
		if d := r.DelayFrom(now); !r.OK() || d > 0 {
			r.CancelAt(now)
			for _, t := range taken {
				t.CancelAt(now)
			}
			return false, d
		}
		taken = append(taken, r)
	}
	return true, 0
}

// tell reports whether user should be told to wait (once per wait).
func (l *limiter) tell(user string, now time.Time, wait time.Duration) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Before(l.told[user]) {
		return false
	}
	if len(l.told) >= maxTracked {
		for k, t := range l.told {
			if now.After(t) {
				delete(l.told, k)
			}
		}
	}
	l.told[user] = now.Add(wait)
	return true
}

func (l *limiter) bucket(m map[string]*rate.Limiter, key string, perMinute float64, now time.Time) *rate.Limiter {
	if key == "" || perMinute <= 0 {
		return nil
	}
	if b, ok := m[key]; ok {
		return b
	}
	if len(m) >= maxTracked {
		for k, b := range m {
			if b.TokensAt(now) >= float64(b.Burst()) {
				delete(m, k)
			}
		}
	}
	// The burst is a minute's allowance, so a quiet user can ask a few
	// questions in a row, then one every 60/perMinute seconds.
	b := rate.NewLimiter(rate.Limit(perMinute/60), max(1, int(math.Ceil(perMinute))))
	m[key] = b
	return b
}

// seconds rounds a wait up to whole seconds for people.
func seconds(d time.Duration) int {
	return max(1, int(math.Ceil(d.Seconds())))
}
