/* Calendar dates: days since the epoch, weekdays, and the parser of dates as
 * metadata gives them ("2017-04-10", "April 10, 2017", "Monday, 10 April
 * 2017"). */
#ifndef PRECIS_TEXT_DATES_H
#define PRECIS_TEXT_DATES_H
#include <stddef.h>
#include <stdint.h>

/* A calendar date; month and day are 0 when unknown (year or month
 * precision). */
typedef struct pc_date {
    int y, m, d;
} pc_date;

struct pc_lang;
/* Parses a date as given in metadata ("2017-04-10", "April 10, 2017", "10
 * April 2017", "2017-04-10T08:00Z").  Returns 1 and fills *out, or 0. */
int pc_date_parse(const char *s, size_t len, pc_date *out);
/* The same in a document of language `lang` (NULL: pc_date_parse): its
 * month and weekday names too, and its function words between day, month
 * and year left out ("3 mars 2031", "samedi 3 mars 2031", "3 de marzo de
 * 2031", "3. března 2031"). */
int pc_date_parse_lang(const char *s, size_t len, const struct pc_lang *lang, pc_date *out);
/* The month (1-12) the word s[0..n) names, or 0: English names and
 * abbreviations (words.c's pc_lex_month), then those of `lang` (its CLDR
 * table, pc_lang_month; NULL: English alone).  The one reader of a month
 * in any language: the date parser and the metadata readers ask it. */
int pc_date_month(const struct pc_lang *lang, const char *s, size_t n);
/* Day of the week, 0 = Monday. */
int pc_date_weekday(pc_date d);
/* d moved by `days` (any sign). */
pc_date pc_date_add(pc_date d, int days);
/* Days since 1970-01-01 of y-m-d (proleptic Gregorian; any m, d in range). */
long pc_date_days(int y, int m, int d);
/* 1 if y-m-d is a real day of a year 1000..2999. */
int pc_date_valid(int y, int m, int d);
/* Reads the run of at most 9 ASCII digits at s[i..len) into *v; returns how
 * many digits it read (0: none). */
size_t pc_date_digits(const char *s, size_t len, size_t i, long *v);
/* Times (time.c): seconds since 1970 UTC of an ISO 8601 or RFC 2822 date
 * (precis_parse_date); returns 0 and sets *t, or -1 when the text is not
 * such a date.  Written here because the C library's strptime is
 * locale-dependent and ignores zone offsets, and timegm is not C11. */
int pc_time_parse(const char *s, size_t len, int64_t *t);
/* Writes t as "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ" (buf of 40 bytes);
 * years 1000 to 2999. */
void pc_time_format(int64_t t, char *buf);

#endif
