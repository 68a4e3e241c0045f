module github.com/quotebot/quotebot

go 1.26.8

require (
	github.com/joho/godotenv v1.5.1
	github.com/kljensen/snowball v0.10.0
	golang.org/x/text v0.44.0
)
