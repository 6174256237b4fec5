package timex

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"storyline/internal/shared"
	"storyline/news"
)

// Each case marks the expected expressions inline: [text|TYPE|value].
var tagCases = []struct {
	name, dct, text string
}{
	{"past weekday", "2025-02-16", "Russia said [Saturday|DATE|2025-02-15] that talks went well."},
	{"weekday before a name", "2025-02-16", "Russia said [Saturday|DATE|2025-02-15] Foreign Minister Sergei Lavrov had spoken."},
	{"weekday on dct", "2025-02-15", "Russia said [Saturday|DATE|2025-02-15] that talks went well."},
	{"future weekday", "2025-03-15", "They met in Paris on [March 11|DATE|2025-03-11] and will meet again on [Thursday|DATE|2025-03-20] in Britain."},
	{"possessive weekday", "2025-02-19", "[Tuesday|DATE|2025-02-18]'s meeting was meant to pave the way."},
	{"last week", "2025-02-19", "[Last week|DATE|2025-W07], Trump had a phone call."},
	{"this week", "2025-03-15", "Moscow [this week|DATE|2025-W11] regained land."},
	{"nearly two years ago", "2025-02-18", "They talked briefly [nearly two years ago|DATE|2023]."},
	{"since january", "2025-03-15", "Since returning to the White House in [January|DATE|2025-01], Trump has pushed."},
	{"full dates", "2025-02-18", "since Moscow's [February 24, 2022|DATE|2022-02-24], invasion and [15 February 2025|DATE|2025-02-15] and [2/15/2025|DATE|2025-02-15] and [2025-02-15|DATE|2025-02-15]"},
	{"abbreviated months", "2025-02-18", "On [Feb 15|DATE|2025-02-15] and [Feb. 16|DATE|2025-02-16] and [Sept. 30, 1989|DATE|1989-09-30]"},
	{"month year", "2025-02-19", "the outbreak of the conflict in [February 2022|DATE|2022-02]"},
	{"bare year", "2025-02-19", "after its [2022|DATE|2022] invasion of Ukraine"},
	{"years since", "2025-03-15", "[more than three years|DURATION|P3Y] since it invaded"},
	{"30-day ceasefire", "2025-03-15", "an unconditional [30-day|DURATION|P30D] ceasefire"},
	{"four-and-a-half-hour", "2025-02-19", "Following the [four-and-a-half-hour|DURATION|PT4H30M] talks"},
	{"hour and a half", "2025-02-19", "a call that lasted [nearly an hour and a half|DURATION|PT1H30M]"},
	{"modal may", "2025-02-19", "He may come. Prices may rise in [May|DATE|2025-05]."},
	{"verb march", "2025-02-19", "Protesters march on the capital; they will march again."},
	{"sunday times", "2025-02-19", "The Sunday Times reported it."},
	{"ages", "2025-02-19", "a 6-year-old boy and a 45-year-old man"},
	{"now and recently", "1998-01-08", "[Now|DATE|PRESENT_REF] prices have [recently|DATE|PAST_REF] fallen."},
	{"quarters", "1989-10-26", "Earnings in [the third quarter|DATE|1989-Q3] and [fourth-quarter|DATE|1989-Q4] sales"},
	// TimeBank annotates "the past year" as last year's DATE, "past decade" as a DURATION
	{"past year", "2025-02-19", "over [the past year|DATE|2024]"},
	{"the past two months", "1989-10-27", "during [the past two months|DURATION|P2M]"},
	{"first nine months", "1989-10-27", "In [the first nine months|DURATION|P9M], profit rose"},
	{"decades", "2000-02-24", "in [the 1990s|DATE|199] and [the early 1980s|DATE|198]"},
	{"yesterday today tomorrow", "1989-10-27", "[yesterday|DATE|1989-10-26], [today|DATE|1989-10-27] and [tomorrow|DATE|1989-10-28]"},
	{"a year earlier", "1989-10-27", "from $2 [a year earlier|DATE|1988]"},
	{"clock and day", "1998-02-13", "at [10 p.m. Wednesday|TIME|1998-02-11T22:00]"},
	{"sets", "1998-02-13", "published [daily|SET|P1D] and [every week|SET|P1W]"},
	{"seasons", "1998-02-06", "[last fall|DATE|1997-FA] and [this summer|DATE|1998-SU]"},
	{"last month", "2025-02-19", "[last month|DATE|2025-01] and [next year|DATE|2026]"},
	{"no dct", "", "On [Saturday|DATE|] and [Feb 15|DATE|XXXX-02-15] in [2022|DATE|2022]"},
	{"days ago", "1998-03-22", "[10 days ago|DATE|1998-03-12]"},
	{"century", "1998-02-13", "in [the 20th century|DATE|19]"},
	{"tonight", "1998-01-20", "[this evening|TIME|1998-01-20TEV] and [last night|TIME|1998-01-19TNI]"},
	{"spoken years", "1998-02-27", "[January nineteen ninety-seven|DATE|1997-01] and [nineteen seventy-nine|DATE|1979] and by [the year two thousand|DATE|2000] as in [the winter of nineteen ninety-four|DATE|1994-WI]"},
	{"month range", "2005-03-10", "growth between [July|DATE|2004-07] and [September|DATE|2004-09] was weak"},
	{"deadline", "1987-03-05", "The decision was announced [late Friday|DATE|1987-02-27]. It applies, until\n[July 1|DATE|1987-07-01], to uranium ore."},
	{"bare plural units", "2000-01-07", "For [weeks|DURATION|PXW] the government has held rallies; it was troubled for [years|DURATION|PXY]."},
	{"near term", "1989-10-30", "the challenges of [the near term|DATE|FUTURE_REF]"},
	{"past perfect until", "1999-05-07", "Until [Thursday|DATE|1999-05-06], they had not called him a suspect."},
	{"future until", "1999-05-07", "The offer stands until [Thursday|DATE|1999-05-13]."},
	{"until clock weekday", "2000-04-03", "The agency has given them until [9 a.m. Tuesday|TIME|2000-04-04T09:00] to sign."},
	{"had been due", "1989-10-30", "It had been due to expire [Friday evening|TIME|1989-10-27TEV]."},
	{"clock on the sentence's day", "1998-10-26", "He was shot on [Friday|DATE|1998-10-23] at [10 p.m.|TIME|1998-10-23T22:00] in his home. A neighbour called at [11 p.m.|TIME|1998-10-26T23:00]."},
	{"clock before its day", "2000-04-05", "He will leave at [4 in the morning|TIME|2000-04-06T04:00] ([4 a.m. EDT Thursday|TIME|2000-04-06T04:00])."},
	{"week of", "2000-02-24", "a court hearing [the week of March 6|DATE|2000-W10]"},
	{"weekday nights", "1998-02-13", "flights would leave on [Monday|DATE|1998-02-16] and [Tuesday nights|SET|XXXX-WXX-2TNI]"},
	{"rates and adjectives", "1989-10-30", "to rise 8.5% annually and cut future payments; [the quarter|DATE|1989-Q3] and the quarter-to-quarter change"},
	{"year end", "1989-10-26", "in place by [year's end|DATE|1989], below [year-end|DATE|1988-12-31] levels, and earnings for [the last half of 1989|DATE|1989-H2]"},
	{"following unit", "1998-04-18", "On [March 2, 1995|DATE|1995-03-02], he was promoted, and [the following year|DATE|1996] he moved. In [March|DATE|1998-03], it said so. [The following month|DATE|1998-04], it sold."},
	{"the week", "1989-10-30", "For [the week|DATE|1989-WXX], the index dropped; in [the past|DATE|PAST_REF] it rose."},
	{"decided to", "1999-02-10", "NATO has decided to admit Poland in [early March|DATE|1999-03], an official said on [Wednesday|DATE|1999-02-10]."},
	{"dateline", "1999-02-10", "BRUSSELS, [February 10|DATE|1999-02-10] (Xinhua) -- NATO met on [February 9|DATE|1999-02-09]."},
	{"quarter topic", "1989-11-01", "It posted a gain in [third-quarter|DATE|1989-Q3] net. After a flat [second quarter|DATE|1989-Q2], sales rose. Net rose from [a year ago|DATE|1988-Q3]. [This quarter|DATE|1989-Q3]'s loss includes charges."},
	{"half years", "1989-10-26", "through at least [the first two quarters of 1990|DATE|1990-H1] and in [the last six months of 1988|DATE|1988-H2]"},
	{"market day", "2009-04-03", "The index gained 39 points, ending [the day|DATE|2009-04-03] at 8,017 after [six straight days|DURATION|P6D] of losses; later in the day it fell."},
	{"utc", "2009-06-01", "It filed at [12:00 UTC Monday|TIME|2009-06-01T12:00Z] and spoke at [16:00 GMT|TIME|2009-06-01T16:00Z]."},
	{"quarter of last year", "2009-05-07", "In [the first quarter of last year|DATE|2008-Q1] and [the final quarter of 2009|DATE|2009-Q4]"},
	{"fraction quarter", "2009-05-07", "It cut more than a quarter of its dealers within [a quarter|DURATION|P1Q]."},
	{"short year", "2008-10-27", "the lowest level since [’82|DATE|1982] and since ['05|DATE|2005]; rock 'n' roll; [the '80s|DATE|198]"},
	{"hard-wrapped wire copy", "1987-03-04", "Shultz would\ngo to Moscow [next month|DATE|1987-04] and the king\nwill meet Bush on [Thursday|DATE|1987-03-05]."},
	{"christmas", "1998-12-20", "before [Christmas|DATE|1998-12-25]"},
	{"last thanksgiving", "2000-02-10", "since [last Thanksgiving|DATE|1999-11-25]"},
	{"rates", "1989-10-26", "about $33 million a year, meetings twice [a week|SET|P1W] and for [a year|DURATION|P1Y]"},
	{"names", "1999-03-12", "from the film High Noon, Orion 1980 and his 1987 Chevrolet; in his 30s"},
	{"quarter ended", "1989-10-26", "sales for [the quarter|DATE|1989-Q3] ended [Sept. 30|DATE|1989-09-30] rose from [a year ago|DATE|1988-Q3]"},
	{"the year", "1989-10-26", "profit for [the year|DATE|1989], revenue in [the year|DURATION|P1Y] ended [March 31|DATE|1989-03-31], and by [the end of the year|DATE|1989]"},
	{"future passive", "1989-10-26", "The dividend will be paid [Dec. 14|DATE|1989-12-14]; [the fiscal year|DURATION|P1Y] ended [Jan. 31|DATE|1989-01-31]."},
	{"recent years", "1989-10-26", "in [recent years|DATE|PAST_REF] and [recent weeks|DURATION|PXW]"},
	// "the year ended ..." is a twelve-month duration; "for the year" the DCT's year
	{"year ended", "1989-10-31", "revenue in [the year|DURATION|P1Y] ended [March 31|DATE|1989-03-31]; for [the year|DATE|1989], volume was flat; it will grow throughout [the fiscal year|DURATION|P1Y] and hurt earnings for [the fiscal year|DATE|1989]"},
	{"position before a season", "1989-10-26", "from the low levels of [the early summer|DATE|1989-SU] and in [late fall|DATE|1989-FA]"},
	{"soon", "1989-10-26", "It [soon|DATE|FUTURE_REF] will begin; they may [soon|DATE|FUTURE_REF] seek it, [as soon as possible|DATE|FUTURE_REF]. He was soon released; killed soon after being captured; as soon as [Tuesday|DATE|1989-10-31]."},
	{"couple and additional", "1989-10-26", "over [the next couple of years|DURATION|P2Y], extended for [an additional year|DURATION|P1Y]"},
	{"or so", "1991-02-25", "Then, [a week or so ago|DATE|1991-W08], he picked it; closed over [the next two years or so|DURATION|P2Y]"},
	{"part of the day under discussion", "1989-10-30", "Hopes were dashed [Friday|DATE|1989-10-27]. Dealers placed orders in [the morning|TIME|1989-10-27TMO] and were hurt by [overnight|TIME|1989-10-26TNI] losses. At [mid-afternoon yesterday|TIME|1989-10-29TAF] shares were up; he returned on the night of [Oct. 23|DATE|1989-10-23]."},
	{"weekday part of day", "2000-01-07", "Thousands rallied [Friday night|TIME|2000-01-07TNI]; a message read [Wednesday evening|TIME|2000-01-05TEV] said so."},
	// a clause without tense takes the sentence's main verb
	{"sentence tense after", "1998-10-25", "In [January|DATE|1998-01], [a week|DURATION|P1W] after the anniversary of the decision, a clinic bombing in Birmingham killed a guard."},
	{"sentence tense plans", "1998-10-26", "On [Tuesday|DATE|1998-10-27], the Abortion and Reproductive Rights Action League plans to hold a news conference."},
	{"sentence tense agreed", "2025-02-19", "In a phone call on [Saturday|DATE|2025-02-15], Lavrov and Rubio also agreed to maintain contact."},
	{"sentence tense skips subordinate clause", "1998-08-17", "On [Friday|DATE|1998-08-14], when she set aside her hastily planned trip, the department lifted a warning."},
	{"infinitive stops the sentence tense", "2000-01-07", "He said he subpoenaed the 6-year-old boy to testify before the Committee on Government Reform on [Feb. 10|DATE|2000-02-10]."},
	{"year-ago compounds", "1989-10-26", "Net rose in [the third quarter|DATE|1989-Q3]. In [the year-earlier third quarter|DATE|1988-Q3], it fell; net for [the year-earlier nine months|DURATION|P9M] rose; for [the quarter a year ago|DATE|1988-Q3] and [the corresponding period last year|DATE|1988-Q3]"},
	{"fiscal quarter ended", "1989-10-30", "In [the quarter|DATE|1989-Q2] ended [July 31|DATE|1989-07-31], it lost money."},
	{"generic that day", "1989-10-30", "Market makers can lose on trades made that day at dropping prices."},
	{"article of a compound adjective", "1998-03-03", "the [two day|DURATION|P2D] rally, the [third-quarter|DATE|1997-Q3] loss, but [the third quarter|DATE|1997-Q3], and for [the nine months|DURATION|P9M]"},
	{"this coming", "1998-03-05", "Women's Day is [this coming Sunday, March eighth|DATE|1998-03-08]; it ends [this coming Sunday|DATE|1998-03-08]."},
	{"abbreviation dots inside a sentence", "1998-10-25", "In [January|DATE|1998-01], a bombing in Birmingham, Ala., killed a guard."},
	{"the day before a day", "2000-02-24", "[The day before last Tuesday|DATE|2000-02-21]'s hearing, he met; he was last seen [Nov. 3|DATE|1999-11-03], the day before authorities issued a warrant."},
	{"long compounds", "2013-03-06", "a [decade-long|DURATION|P10Y] war, a [months-long|DURATION|PXM] probe, a [year-long|DURATION|P1Y] study"},
	{"one day per clock time", "2013-03-06", "at [noon on Friday|TIME|2013-03-01T12:00], [Friday|DATE|2013-03-01] at [noon|TIME|2013-03-01T12:00]"},
	{"this past", "1989-10-30", "its business [this past spring|DATE|1989-SP], [this past Sunday|DATE|1989-10-29] and [this coming weekend|DATE|1989-W44-WE]"},
	{"vague spans", "1989-10-26", "They will live without it for [a while|DURATION|PXX] and pay at [a later date|DATE|FUTURE_REF]; a while ago, a later report."},
	{"the latest period is the topic quarter", "1989-11-02", "Ralston reported lower [fourth-quarter|DATE|1989-Q4] earnings. Sales in [the latest period|DATE|1989-Q4] rose."},
	{"last year's quarter is a comparison", "1987-04-20", "Du Pont reported lower [first quarter|DATE|1987-Q1] profits. Earnings rose 55 pct from [last year's first quarter|DATE|1986-Q1]; petroleum fell 64 pct from [a year ago|DATE|1986-Q1] in [the latest quarter|DATE|1987-Q1]."},
	{"a period of an earlier year has ended", "1989-10-27", "It expects a profit for [the third quarter|DATE|1989-Q3]. In [the comparable year-ago quarter|DATE|1988-Q3], [the second quarter|DATE|1988-Q2] ended [Oct. 31|DATE|1988-10-31], it had a loss. Results for [that quarter|DATE|1988-Q2] included a write-down."},
	{"a loosely reported period end ahead", "1987-03-27", "Ashland is expected to report good results for [the quarter|DATE|1987-Q1] ended [March 31|DATE|1987-03-31]; losses for [the quarter|DATE|1987-Q2] ending [June 30|DATE|1987-06-30]. Growth slowed in [the quarter|DATE|1986-Q4] ending [December 31|DATE|1986-12-31]. In [fiscal 1985|DATE|1985]/86 ended [March 31|DATE|1986-03-31], Japan did less."},
	{"today and tomorrow in general", "1989-11-02", "If I were choosing the people of tomorrow, I would pick the kids of today. Henderson called the events of [today|DATE|1989-11-02] a defining moment; the stake as of [today|DATE|1989-11-02] is 5%."},
	{"the foreseeable future", "1998-02-27", "Ukraine would remain neutral for the foreseeable future, but [the future|DATE|FUTURE_REF] is open."},
	{"model years and years of results", "1989-10-26", "Police found Kopp's 1987 Chevrolet. Mr. Doyle trimmed his [1990|DATE|1990] Anheuser earnings projection; the company's [1986|DATE|1986] US turnover rose."},
	{"stretches at the start or end", "1991-02-25", "Prisoners were taken in [the first hours|DURATION|PTXH] of the ground war; the Dow fell in [the final minutes|DURATION|PTXM]; costs are vast in [the early years|DURATION|PXY]. He arrived in the early hours of [Thursday morning|TIME|1991-02-21TMO]. Sophie Scholl - The Final Days won."},
	{"every few units", "2016-09-16", "[Every 72 minutes|SET|PT72M], a veteran dies; talks occur [every three years|SET|P3Y] and [every other year|SET|P2Y]; two new shares for every five shares."},
	{"a month earlier than the month named", "1987-03-19", "Deposits rose to 149.80 billion pesos at [the end of December|DATE|1986-12] from [a month earlier|DATE|1986-11]. Output rose 3 pct from [a month earlier|DATE|1987-02]."},
	{"scheduled in the simple present", "1987-03-02", "He expects progress when debt talks reopen in New York on [Tuesday|DATE|1987-03-03]; the offer closes on [Friday|DATE|1987-03-06]. The dollar was at 141.10 yen against [Friday|DATE|1987-02-27] closes of 142.35."},
	{"over the years", "2006-05-29", "He thanked the staff for their work over [the years|DURATION|PXY]; over the years of his rule prices rose."},
	{"bare units after been", "2009-06-01", "It has been [years|DURATION|PXY] since the last vote; the crisis had been [decades|DURATION|PXE] in the making."},
	{"weekdays of a named week", "1987-03-12", "If the dispute was not settled by [Monday|DATE|1987-03-09] [this week|DATE|1987-W11] he would quit; the action started on [Wednesday|DATE|1987-03-04] [last week|DATE|1987-W10]. Police released video on [Monday|DATE|1987-03-09] of [last week|DATE|1987-W10]'s shooting."},
	{"bounds and schedules ahead", "1987-03-03", "He did not expect to hear from him before [Wednesday|DATE|1987-03-04] at the earliest. Takeshita sets out [Wednesday|DATE|1987-03-04] on a mission. A bargaining session has been scheduled [Friday|DATE|1987-03-06]; it had been scheduled for [Monday|DATE|1987-03-02]."},
	{"a month a year ago and futures months", "1987-03-03", "The price was 94,600 dlrs in [December|DATE|1986-12] and 94,000 dlrs in [January a year ago|DATE|1986-01]. Discounts in the [October|DATE|1987-10] and [December|DATE|1987-12] contracts reflect that."},
	{"the coming quarter unless past", "1987-06-19", "OPEC set a 16.6 mln bpd output limit for [the third quarter|DATE|1987-Q3]; oil prices in [the third quarter|DATE|1987-Q3] are likely to hold. Output rose 3 pct in [the third quarter|DATE|1986-Q3]."},
	{"a quarter as a fraction", "2005-03-01", "Euronext has a quarter stake in Clearnet; some speculate that less than a quarter are maintained; profit doubled in [a quarter|DURATION|P1Q]."},
	{"clock times of later parts of the day", "2016-09-12", "The plan should be ready by [6 o'clock|TIME|2016-09-12T18:00] [this afternoon|TIME|2016-09-12TAF]; he woke at [6 o'clock|TIME|2016-09-12T06:00] [this morning|TIME|2016-09-12TMO]."},
	{"places named after holidays", "2016-09-08", "Changes wiped out societies like Easter Island and Christmas Island; he left before [Christmas|DATE|2015-12-25]."},
	{"earlier or later in a unit", "2013-03-20", "The deal was announced [earlier in the week|DATE|2013-W12]; sales fell [earlier in the month|DATE|2013-03] and rates may rise [later in the year|DATE|2013]. On [Monday|DATE|2013-03-11] [last week|DATE|2013-W11] he left; [later in the week|DATE|2013-W11] he returned. The election is set for [Nov. 6|DATE|2013-11-06]."},
	{"parts of a bare season", "2005-03-01", "The deal should close by [the end of summer|DATE|2005-SU]; stocks improved ahead of [winter|DATE|2005-WI]. Winter weather hit sales."},
	{"soon as an adjective", "2007-10-17", "The jet landed at the soon-to-open Terminal 3; more will follow [soon|DATE|FUTURE_REF]."},
	{"year-ago period follows the topic", "1989-10-26", "Net rose in [the third quarter|DATE|1989-Q3] from $1 [a year earlier|DATE|1988-Q3]. For [the nine months|DURATION|P9M], net rose from $3 [a year earlier|DATE|1988]."},
	{"a forecast quarter is not the topic", "1989-10-26", "It posted a [third-quarter|DATE|1989-Q3] loss. Losses will last into [the third quarter of 1990|DATE|1990-Q3]. In [the year-ago period|DATE|1988-Q3], it earned $101 million."},
	{"business shorthand", "2013-03-06", "at [3pm|TIME|2013-03-06T15:00] on [Q3 2013|DATE|2013-Q3] and [Q4|DATE|2012-Q4] results, at the [then-current|DATE|PAST_REF] price"},
	// session 3: cases from BBC, Reuters and MEANTIME text
	{"last week of a month", "2009-04-01", "car sales rebounded in [the last week of March|DATE|2009-W13] and [the first week of June 2008|DATE|2008-W23]"},
	{"two-digit year", "2007-07-09", "written in the American format, [7/8/07|DATE|2007-07-08]."},
	{"fractions are not quarters", "2005-03-01", "rates rose by a quarter of a point, or a quarter percentage point; about a quarter, of its dealers; a quarter of a million people"},
	{"a day after", "2009-05-15", "GM's move comes [a day|DURATION|P1D] after Chrysler filed."},
	{"past and next decade", "1998-10-25", "routine over [the past decade|DURATION|P10Y]; it will invest over [the next decade|DURATION|P10Y]"},
	{"present progressive", "1989-10-30", "Conseco said it is calling for the redemption on [Dec. 7|DATE|1989-12-07] of its shares."},
	{"past progressive", "1989-10-30", "Conseco said it was calling for the redemption on [Dec. 7|DATE|1988-12-07] of its shares."},
	{"-ing adjective", "1989-10-30", "He said the outlook is encouraging after [Dec. 7|DATE|1988-12-07]."},
	{"generic today", "2005-03-01", "a wake-up call to today's gamers; [today|DATE|2005-03-01]'s ruling"},
	{"today as a name", "1998-03-31", "This is VOA Today. It was reported by USA Today [today|DATE|1998-03-31]."},
	{"daily newspaper", "2000-01-28", "The Communist Party daily Granma is published [daily|SET|P1D]."},
	{"the year of the quarter", "2006-01-27", "a loss for [the fourth quarter of 2005|DATE|2005-Q4] and a total loss for [the entire year|DATE|2005]"},
	{"last year in a quarterly report", "1989-11-02", "Earnings fell in [the latest quarter|DATE|1989-Q3]. The group earned $24 million, compared with a loss of $3 million [last year|DATE|1988-Q3]."},
	{"last year in a forecast", "1989-11-02", "Profit fell in [the third quarter|DATE|1989-Q3]. Sales will be higher than [last year|DATE|1988]'s $67 million."},
	{"last year against this year", "1989-11-02", "Profit fell in [the third quarter|DATE|1989-Q3]. It plans spending [this year|DATE|1989] of $103 million, compared to $43 million [last year|DATE|1988]."},
	{"same period after a month", "2010-03-03", "Sales rose 43% in [February|DATE|2010-02] compared to [the same period last year|DATE|2009-02]."},
	{"same period after a range", "1987-04-10", "Output from [January|DATE|1987-01] to [March|DATE|1987-03] grew compared with [the same period last year|DATE|1986]."},
	{"the previous year", "2010-01-28", "Revenue fell in [2005|DATE|2005] from [the previous year|DATE|2004]."},
	{"the year previous", "2010-01-28", "Revenue fell to $118 billion [last year|DATE|2009], $19.8 billion less than [the year previous|DATE|2008]."},
	{"the year before a noun", "2010-01-28", "Revenue fell [last year|DATE|2009], the year before the crisis."},
	{"than forecast", "2016-10-05", "The IMF expects that output will expand by 1.6 percent, less than forecast in [July|DATE|2016-07]."},
	{"quoted show title", "2016-09-25", "On \u201cFox News Sunday,\u201d Pence said on [Sunday|DATE|2016-09-25] that \"It was [Monday|DATE|2016-09-19]\". \"No.\" On [Tuesday|DATE|2016-09-20] it rained."},
	{"morning show", "2016-09-01", "During his appearance on CBS This Morning [this morning|TIME|2016-09-01TMO] he spoke."},
	{"short past verbs", "2016-03-07", "Nancy Reagan, who died [Sunday|DATE|2016-03-06] at age 94, will be remembered. His campaign sued the DNC on [Friday|DATE|2016-03-04], seeking an injunction."},
	{"refusal", "2016-06-22", "Schumer wouldn't say [Tuesday|DATE|2016-06-21] how the party would prioritize gun control."},
	{"path ahead", "2016-06-09", "He discussed a path ahead with advisers [Wednesday|DATE|2016-06-08] aboard a flight."},
	{"must", "1987-04-02", "The package in [April|DATE|1987-04] must be significant, officials said."},
	{"coordinated clause", "2000-01-15", "The agency had ruled that Elian must be returned to his father, and set [Friday|DATE|2000-01-14] as the deadline."},
	{"list after and", "1987-03-05", "Estimates were issued in [October|DATE|1986-10], [January|DATE|1987-01], and [July|DATE|1986-07]."},
	{"possessive weekday ahead", "2016-02-08", "He is optimistic that he will do well in [Tuesday|DATE|2016-02-09]'s primary. The results of [Saturday|DATE|2016-02-06]'s caucuses will matter."},
	{"possessive weekday past in future clauses", "2000-01-07", "They said they would look for ways to get around [Wednesday|DATE|2000-01-05]'s ruling. The sale will go ahead despite [Monday|DATE|2000-01-03]'s crash. The dollar will open well ahead of [Thursday|DATE|2000-01-06]'s close."},
	{"futures months", "1987-04-08", "Traders looked for highs in the [June|DATE|1987-06] contract and bought sugar for [May|DATE|1987-05] shipment. [February|DATE|1987-02] shipments were up 3 pct."},
	{"since", "2016-08-17", "Since announcing in [October|DATE|2015-10] that he would not seek the presidency, Mr. Biden has campaigned."},
	{"relative that", "2015-11-09", "The question is whether the weak [August|DATE|2015-08] performance was a blip or a sign of growth that will remain."},
	{"one day ahead", "1998-03-03", "Islam will [one day|DATE|FUTURE_REF] be the largest; she hopes to [one day|DATE|FUTURE_REF] lead it. It lasted [one day|DURATION|P1D]; he will leave [one day|DURATION|P1D] after the vote."},
	{"month of an election", "2016-01-30", "to improve chances in a [November|DATE|2016-11] general election. Obama won the [November|DATE|2015-11] election."},
	{"numbers in the fifties", "2016-09-26", "unemployment is in the low-50s; incomes for blacks in their 30s, 40s and 50s grew; £50 for the over-70s; a handful of $20s; 10s of thousands; the 7.70s of [1991|DATE|1991] but [the 70s|DATE|197] and [the mid-70s|DATE|197]"},
	{"date before a commitment", "2005-02-24", "In [December|DATE|2004-12], the EU pledged to work towards lifting the ban. On [Monday|DATE|2005-02-21], MCI agreed to a buyout. They agreed to meet on [Monday|DATE|2005-02-28]."},
	{"the year just named", "2005-02-24", "While the economy expanded by 1.7% in [2004|DATE|2004], it lost momentum in [the last three months|DURATION|P3M] of [the year|DATE|2004]. Prices rose 13.8% in [the year|DURATION|P1Y] to [November|DATE|2004-11]. It was the album of [the year|DATE|2005]. Since [September 1985|DATE|1985-09] it rose, and it could reach 32 by [the end of the year|DATE|2005]."},
	{"half of the year", "2016-01-29", "A rise is predicted in [the second half of the year|DATE|2016-H2]. It raised more in [the second half of the year|DATE|2015-H2]. Growth slowed in [2015|DATE|2015] after accelerating in [the last quarter of the year|DATE|2015-Q4]. As of [Sept 30, 1986|DATE|1986-09-30] and for [the year|DATE|1986] then ended. Net fell from [the year ago quarter|DATE|2015]."},
	{"figures in tables", "1987-03-20", "Sunoil prev 37.4, Feb 107.3, Mar 24.5, Apr 3.2; avg shrs 2,494.049 year; rose on [April 1|DATE|1987-04-01] to 4.602 billion; falls to 9.6 pct from [January|DATE|1987-01] 9.7 pct; APR 1,985 MAY 1,987"},
	{"a new deadline", "1987-03-20", "Warrants due to expire [February 28|DATE|1987-02-28] have been extended through [April 30|DATE|1987-04-30]; it extended to [May 22|DATE|1987-05-22] a stay; the talks had been postponed to [March 2|DATE|1987-03-02]."},
	{"until a part of a month", "1987-03-05", "The meeting has been postponed until [the start of April|DATE|1987-04]; the drought may last until [early May|DATE|1987-05]; stocks climbed to 1.6 mln tonnes by [the end of January|DATE|1987-01]."},
	{"not days or seasons", "1987-03-05", "a book by Sunday Telegraph journalist Robert Peston; systems owned by Sun. Prices were hit by the fall in oil prices; a sharp early fall in bonds; but on [Sun.|DATE|1987-03-01] and in [the fall|DATE|1986-FA] they met."},
	{"bare units as offsets", "2013-03-14", "[Days|DURATION|PXD] later the suspect was caught, just [hours|DURATION|PTXH] after the blast; the firm, which just [months ago|DURATION|PXM] was failing; in the first days after the vote; [two days|DURATION|P2D] later."},
	{"scheduled present", "2013-03-14", "The 20th anniversary falls on [Tuesday|DATE|2013-03-19]; the offer expires [Friday|DATE|2013-03-15]; the show opens [Saturday|DATE|2013-03-16]; sharp falls on [Monday|DATE|2013-03-11] hit stocks."},
	{"fractions of quarters", "2005-02-24", "The recall affects almost three quarters of all Xboxes; profit in [the first three quarters|DURATION|P3Q] rose."},
	{"mixed fractions", "1987-03-20", "a [5-1/2 year|DURATION|P5Y6M] grace period, cut to [11-1/2 hours|DURATION|PT11H30M]; profits in the 1986/87 year; ties on 19/[20 February|DATE|1987-02-20]."},
	{"explicit years after", "1987-03-20", "the loss at [year-end 1986|DATE|1986-12-31]; earned in [the first quarter of fiscal 1986|DATE|1986-Q1]."},
	{"a fall is a decline", "2005-02-24", "it predicts this fall from the [current|DATE|PRESENT_REF] 2.1% level; production will rise in [the fall|DATE|2005-FA] to a rate of 20 mln; [last fall|DATE|2004-FA] he left."},
	{"holidays", "2016-02-10", "Stores opened on [Black Friday|DATE|2015-11-27]; they married on [Good Friday|DATE|2015-04-03] and met on [Veterans Day|DATE|2015-11-11]; the tsunami of [Boxing Day|DATE|2015-12-26]."},
	{"names and possessive months", "2016-06-28", "A USA TODAY analysis found it; Tenney runs in [November|DATE|2016-11]'s general election."},
	{"month of a vote", "2016-01-10", "Not only can Ted Cruz win in [November|DATE|2016-11], he is the best hope; Obama won in [November|DATE|2015-11]."},
	{"months that data cover", "1987-03-20", "Exports are expected to show a 26 pct year-on-year fall in [February|DATE|1987-02], he said; the ministry will publish trade figures for [February|DATE|1987-02]; the Paris air show in [June|DATE|1987-06] will open."},
	{"comma after a clause with its tense", "2005-03-01", "Exeter City, who knocked out Doncaster on [Saturday|DATE|2005-02-26], will travel to Old Trafford. Mr Clarke, who will unveil his plans on [Monday|DATE|2005-03-07], said migration helped. The side that faced Leinster on [Sunday|DATE|2005-02-27]. On [Friday|DATE|2005-03-04], he will visit Phuket."},
	{"due", "1987-03-20", "The note is due in [August|DATE|1987-08]; talks were suspended on [January 16|DATE|1987-01-16] due to the kidnapping; the report on [February|DATE|1987-02] orders is due [next week|DATE|1987-W13]."},
	{"holds", "2016-04-06", "Wyoming, which holds a caucus on [Saturday|DATE|2016-04-09], backs him."},
	{"forecast dates", "2005-02-24", "the election, widely predicted for [May|DATE|2005-05]; start-up is targeted for [third quarter 1987|DATE|1987-Q3]."},
	{"year ranges", "2016-03-14", "secretary of state from [2009|DATE|2009]-[2013|DATE|2013]; ptas 1.1829-1846 and bfr 3.9974-4.0106"},
	{"easter week", "2000-04-17", "Protesters prayed as [Easter week|DATE|2000-W16] began."},
	{"extension in the clause", "1989-10-30", "a group of lenders has extended Control Data up to $90 million in revolving loans through [January|DATE|1990-01]; it rescheduled its annual meeting to [May 18|DATE|1990-05-18]."},
	{"halves of a match", "2005-03-01", "He shot wide from three yards in the first half.\n\nCueto's first-half effort was ruled out for offside.\n\nEarnings growth will slow in [the second half|DATE|2005-H2]."},
	{"noon as a name", "2005-03-01", "Jamie Noon is under threat, with either Tait or Noon dropping out; J Noon, O Barkley. Talks resume at [noon|TIME|2005-03-01T12:00].\n\nSINGAPORE RUBBER [NOON|TIME|2005-03-01T12:00] FIXING"},
	{"british clock times", "2005-03-01", "The match kicks off at [7.45pm on Saturday|TIME|2005-03-05T19:45]. Rain in [the 24 hours|DURATION|PT24H] to [12.00 GMT|TIME|2005-03-01T12:00Z]. Shares rose to 10.30 pence."},
	{"dotted date", "2025-02-20", "It happened on [15.02.2025|DATE|2025-02-15]; the index was 15.02 and 1.5."},
	{"overnight weekday", "2013-03-19", "Strikes resumed [overnight Friday|TIME|2013-03-15TNI]."},
	{"companies named may", "1987-03-20", "The May Department Stores Co said it was acquired by May Energy; sales rose in [May|DATE|1986-05] and energy use fell."},
	{"super tuesday", "2016-03-02", "Sanders won on [Super Tuesday|DATE|2016-03-01]."},
	{"units back", "2016-03-10", "a major TV push his super PAC made [a few months back|DATE|PAST_REF]; [two years back|DATE|2014] he ran."},
	{"future in the past", "2016-05-19", "Under the rule, which was to be issued by the Labor Department on [Wednesday|DATE|2016-05-18], workers gain."},
	{"next meeting", "1987-03-20", "He said at Opec's next meeting in Vienna in [June|DATE|1987-06], members will face a choice."},
	{"shows named today or tonight", "2015-12-22", "The cancellation of his TBS late night show Lopez Tonight came [today|DATE|2015-12-22]. [Today|DATE|2015-12-22] he spoke."},
	{"another company's report", "1989-10-26", "Delta's earnings rose in [the fiscal first quarter|DATE|1989-Q1]. Separately, America West reported [third-quarter|DATE|1989-Q3] profit jumped 45% from $4 million [a year earlier|DATE|1988-Q3]. After a flat [second quarter|DATE|1989-Q2], sales rose from [a year earlier|DATE|1988-Q3]."},
	{"a year earlier after a month", "2013-03-21", "Sales rose 4.6 percent in [February|DATE|2013-02] from [a year earlier|DATE|2012-02]. Exports rose from 468 mln in [August|DATE|2012-08] and 899 mln [a year earlier|DATE|2012]."},
	{"until at least", "2013-03-21", "The banks will remain shut until at least [Tuesday|DATE|2013-03-26]."},
	{"last as a verb", "2013-03-21", "The trial could last [several months|DURATION|PXM]; talks over [the last two weeks|DURATION|P2W] failed."},
	{"takes effect", "2013-03-20", "The law takes effect [Jan. 1|DATE|2014-01-01]. The rule took effect [Jan. 1|DATE|2013-01-01]."},
	{"closed -long compounds", "2013-03-20", "It passed after a [weeklong|DURATION|P1W] debate and a [yearlong|DURATION|P1Y] probe."},
	{"overnight kinds", "1987-03-10", "The overnight rate rose and an overnight courier came, after [overnight|TIME|1987-03-09TNI] losses in New York."},
	{"overnight ahead", "2013-03-21", "The storm is expected to move east [overnight|TIME|2013-03-21TNI]."},
	{"overnight idiom", "2013-03-21", "Change is not going to happen overnight."},
	{"than expected", "2005-03-01", "The US created fewer jobs than expected in [January|DATE|2005-01]."},
	{"went ahead", "2005-03-01", "The sale went ahead in [December|DATE|2004-12] and the shell was sold."},
	{"same period of a year", "2005-03-01", "up from 38m in [the same period of 2003|DATE|2003-Q4]"},
	{"newspaper titles", "2005-03-01", "The Daily and Sunday Telegraph newspapers and the Daily Mail; he told BBC Radio 4's Today programme, then told Today, and ITV1's This Morning."},
	{"other memorial days", "2005-01-20", "They marked National Holocaust Memorial Day."},
	{"places not times", "2005-03-01", "excessive expectations in some quarters; the Forum for the Future said"},
	{"military clock", "2005-02-22", "He will speak at [1200 GMT on Wednesday|TIME|2005-02-23T12:00Z]"},
	{"race times", "2005-02-22", "won in 7:39.89 ahead of a mark of 14:39.29; 3:39 was his best"},
	{"year ahead", "2005-02-22", "In [the year ahead|DURATION|P1Y] and [the weeks ahead|DURATION|PXW]"},
	{"range end takes the start's year", "1987-03-10", "from [September 30, 1987|DATE|1987-09-30], to [December 31|DATE|1987-12-31] for sales"},
	{"counts are not weeks", "1987-03-10", "slaughter was 292,000 versus 309,000 week ago"},
	{"a year before", "1987-03-10", "revenues of 163.8 mln dlrs [a year before|DATE|1986]. He left [two days|DURATION|P2D] before the vote."},
	{"holiday things and years", "2005-03-01", "A Christmas tree and his Christmas message; the top audience came at [Christmas 1986|DATE|1986-12-25]."},
	{"titles with relative words", "2005-03-01", "best actress for Suddenly Last Summer and Festen; [Last month|DATE|2005-02] it rose."},
	{"the fall as a noun", "2005-03-01", "He blamed lifestyles for the fall in attendance. They met in [the fall|DATE|2004-FA]."},
	{"ages in decades", "2005-03-01", "not until his mid-thirties, but in [the mid-1990s|DATE|199]"},
	{"day month next year", "2005-03-01", "to be announced on [14 March next year|DATE|2006-03-14]"},
	{"military hours", "1987-03-10", "set for [1900 hours|TIME|1987-03-10T19:00]; the tremor at [0620 hrs|TIME|1987-03-10T06:20]; [250 hours|DURATION|PT250H] of community service; in [1987|DATE|1987] and [1986|DATE|1986] quarters"},
	{"number ranges", "2009-06-04", "would take between [60|DURATION|P60D] and [90 days|DURATION|P90D]; within [two|DURATION|P2W] to [four weeks|DURATION|P4W]; during [the next 12 to 18 months|DURATION|PXM]; he was 34 and [25 years|DURATION|P25Y] later"},
	{"market parts of the day", "2010-03-03", "On [Tuesday|DATE|2010-03-02], the stock rose in [morning|TIME|2010-03-02TMO] trading."},
	{"same month a year ago", "2009-02-04", "Sales fell in [January|DATE|2009-01], compared to [the same month a year ago|DATE|2008-01]; details will follow [very soon|DATE|FUTURE_REF]."},
	{"fiscal quarter keeps its label", "1989-10-26", "Sun earned $5.2 million in [the fiscal first quarter|DATE|1989-Q1]. Sales for [the quarter|DATE|1989-Q1] ended [Sept. 29|DATE|1989-09-29] rose."},
	{"end of a unit", "2013-03-15", "cut more by [the end of the decade|DATE|201]; at [the end of the month|DATE|2013-03], sales rose year-on-year and month-over-month"},
	{"wire and business shorthand", "2013-03-15", "They met [the week before last|DATE|2013-W09]; [FY2013|DATE|2013] and [FY13|DATE|2013] guidance; [end-2012|DATE|2012] figures; by [end of March|DATE|2013-03]; since [the start of 2012|DATE|2012]"},
	{"half and quarter units", "2013-03-15", "[half a century|DURATION|P50Y] and [a quarter-century|DURATION|P25Y] passed; [half an hour|DURATION|PT30M] later; its quarter-century low"},
	{"local clock time", "2013-03-15", "at [0800 local time|TIME|2013-03-15T08:00]"},
	{"and joins two days", "2013-03-15", "on [12 March|DATE|2013-03-12] and [Nov. 3|DATE|2012-11-03] it happened"},
	{"as previously planned", "1991-02-25", "Bush let the ground offensive begin as previously planned [Saturday night|TIME|1991-02-23TNI]."},
	{"scheduled simple present", "1998-05-01", "He and Arafat meet separately [Monday|DATE|1998-05-04]; talks resume [Tuesday|DATE|1998-05-05]. They did not meet [Wednesday|DATE|1998-04-29]; his visit [Thursday|DATE|1998-04-30] went well; after travel chaos over [Christmas|DATE|1997-12-25]."},
	{"clock ranges and tables", "1987-03-10", "between [1700|TIME|1987-03-10T17:00] and [2100 hrs|TIME|1987-03-10T21:00]; [1000 hrs|TIME|1987-03-10T10:00] cdt; [1986|DATE|1986] and [1985|DATE|1985] years exclude it; WEEK AGO 1,000 YEAR AGO 1,300; must serve [1,000 hours|DURATION|PT1000H] of service"},
	{"term as adjective", "1987-03-10", "access to the short term capital market; in [the long term|DATE|FUTURE_REF] it helps"},
}

var markRe = regexp.MustCompile(`\[([^|\]]*)\|([A-Z]*)\|([^\]]*)\]`)

type want struct {
	start, end int
	typ, value string
}

// parseCase strips the [text|TYPE|value] marks and returns the plain text and
// the expected expressions with their byte spans.
func parseCase(s string) (string, []want) {
	var b strings.Builder
	var ws []want
	last := 0
	for _, m := range markRe.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(s[last:m[0]])
		start := b.Len()
		b.WriteString(s[m[2]:m[3]])
		ws = append(ws, want{start, b.Len(), s[m[4]:m[5]], s[m[6]:m[7]]})
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String(), ws
}

func TestTag(t *testing.T) {
	tg := New()
	for _, tc := range tagCases {
		t.Run(tc.name, func(t *testing.T) {
			text, ws := parseCase(tc.text)
			var dct time.Time
			if tc.dct != "" {
				dct, _ = time.Parse("2006-01-02", tc.dct)
			}
			got := tg.Tag(text, dct)
			if len(got) != len(ws) {
				t.Errorf("got %d expressions, want %d", len(got), len(ws))
			}
			for i := 0; i < len(got) || i < len(ws); i++ {
				switch {
				case i >= len(ws):
					t.Errorf("extra %q %s %s", got[i].Text, got[i].Type, got[i].Value)
				case i >= len(got):
					t.Errorf("missing %q %s %s", text[ws[i].start:ws[i].end], ws[i].typ, ws[i].value)
				case got[i].Start != ws[i].start || got[i].End != ws[i].end || got[i].Type != ws[i].typ || got[i].Value != ws[i].value:
					t.Errorf("got %q %s %s, want %q %s %s", got[i].Text, got[i].Type, got[i].Value, text[ws[i].start:ws[i].end], ws[i].typ, ws[i].value)
				}
			}
		})
	}
}

var valueRe = regexp.MustCompile(`^(` +
	`PRESENT_REF|PAST_REF|FUTURE_REF|` +
	`P(T?X[A-Z]+|(\d+(\.\d+)?[YMWDQEC])*(T(\d+(\.\d+)?[HMS])+)?)|` +
	`(\d{4}|XXXX|\d{3}|\d{2})(-(\d{2}|XX|W\d{2}|WXX|Q\d|H\d|SP|SU|FA|WI)(-(\d{2}|XX|\d|WE))?)?(T(\d{2}:\d{2}Z?|MO|AF|EV|NI))?|` +
	`XXXX-WXX-\d(T(MO|AF|EV|NI))?|XXXX-XX-XXT(MO|AF|EV|NI|\d{2}:\d{2}Z?)` +
	`)$`)

// checkWellFormed verifies the invariants of Tag's output.
func checkWellFormed(t *testing.T, text string, got []news.Timex) {
	t.Helper()
	end := 0
	for _, x := range got {
		if x.Start < end || x.End <= x.Start || x.End > len(text) {
			t.Fatalf("bad span %d-%d (previous end %d, len %d)", x.Start, x.End, end, len(text))
		}
		end = x.End
		if x.Text != text[x.Start:x.End] {
			t.Fatalf("text %q does not match span %q", x.Text, text[x.Start:x.End])
		}
		switch x.Type {
		case "DATE", "TIME", "DURATION", "SET":
		default:
			t.Fatalf("bad type %q", x.Type)
		}
		if x.Value != "" && !valueRe.MatchString(x.Value) {
			t.Fatalf("malformed value %q for %q", x.Value, x.Text)
		}
	}
}

func TestWellFormedOnCorpus(t *testing.T) {
	dir := shared.Path(t, "data/bbc-news")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if len(files) > 300 {
		files = files[:300]
	}
	tg := New()
	dct := time.Date(2005, 3, 10, 0, 0, 0, 0, time.UTC)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkWellFormed(t, string(b), tg.Tag(string(b), dct))
	}
}

func FuzzTag(f *testing.F) {
	for _, tc := range tagCases {
		text, _ := parseCase(tc.text)
		f.Add(text)
	}
	f.Add("5 1/2 hours, 2.5 years, twenty-four hours, 1,000 days, 12:30 a.m. EST, Nov. 9")
	f.Add("the 31st of February 2023 and 99/99/9999 and 2025-13-45 and Sun. and Feb.")
	f.Add("\xff\xfe a\u2019s Tuesday\u2019s \u2014 mid-1990s late-November")
	tg := New()
	dct := time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		checkWellFormed(t, s, tg.Tag(s, dct))
		checkWellFormed(t, s, tg.Tag(s, time.Time{}))
		tg.Date(s)
	})
}

func BenchmarkTag(b *testing.B) {
	dir := shared.Path(b, "data/bbc-news")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	var texts []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
		if size > 2<<20 {
			break
		}
	}
	tg := New()
	dct := time.Date(2005, 3, 10, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			tg.Tag(s, dct)
		}
	}
}
