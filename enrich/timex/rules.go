package timex

// The grammar: each rule is a pattern (see pattern.go) and the normaliser
// that turns its capture into a TIMEX3 type and value. When two rules match
// at the same token the longer match wins; the scan then resumes after it.
//
// Conventions follow TimeBank: "the third quarter" is a DATE (1989-Q3), "the
// past two months" and "30-day" are DURATIONs (P2M, P30D), "now" is
// PRESENT_REF, "recently" PAST_REF, "daily" a SET (P1D).
var grammar = []struct {
	pattern string
	norm    normFunc
}{
	// absolute dates
	{"WDAY ,? MONTH DAY ,? YEAR", fullDate},
	{"WDAY ,? DAY MONTH ,? YEAR", fullDate},
	{"WDAY ,? MONTH DAY", monthDay},
	{"WDAY ,? the? DAY of? MONTH", monthDay},
	{"MONTH DAY ,? YEAR", fullDate},
	{"MONTH the? DAY ,? YEAR", fullDate},
	{"the? DAY of? MONTH ,? YEAR", fullDate},
	{"MONTH DAY", monthDay},
	{"the week of MONTH DAY ,? YEAR?", weekOf},
	{"and|or|to|through DAY", secondDay},
	{"the? DAY of? MONTH", monthDay},
	{"YEAR - DAY - DAY", isoDate},
	{"DAY / DAY / YEAR", slashDate},
	{"MONTH ,? YEAR", monthYear},
	{"MONTH of YEAR", monthYear},
	{"MONTH of? last|this|next year", monthYear},
	{"MONTH", monthAlone},
	{"YEAR", yearAlone},
	{"' NUM", shortYear},
	{"MONTH ,? nineteen NUM", spokenYear},
	{"nineteen NUM", spokenYear},
	{"the year two thousand", spokenYear},
	{"the? ' DECADE", decade},
	{"the? DECADE", decade},
	{"the? ORD century", century},
	{"SEASON of? YEAR", seasonYear},
	{"the? SEASON", seasonAlone},
	{"last|next|this? christmas|halloween|thanksgiving|easter", holidayRule},
	{"christmas|thanksgiving|independence|labor|memorial|election day|eve", holidayRule},
	{"new year ' s day|eve", holidayRule},
	{"valentine ' s day", holidayRule},

	// relative to the DCT
	{"today|tonight|yesterday|tomorrow|overnight", deictic},
	{"the day before yesterday", deictic},
	{"the day after tomorrow", deictic},
	{"yesterday|today|tomorrow|this|last|tomorrow PART", partOfDay},
	{"the? WDAY ' s", weekday},
	{"WDAY PART", weekday},
	{"WDAY", weekday},
	{"the? last|past|previous|next|coming|following|this WDAY PART?", weekday},
	{"last|past|previous|next|coming|this|current UNIT", relUnit},
	{"the past|last|previous|next|coming|current UNIT", relUnit},
	{"this|last|next|past|coming weekend", weekend},
	{"the weekend", weekend},
	{"last|next|this|past|coming SEASON", seasonRel},
	{"last|next|this|past|coming MONTH", monthRel},
	{"NUM UNIT ago|earlier|hence", ago},
	{"NUM UNIT from now|today", ago},
	{"NUM - UNIT ago|earlier", ago},
	{"that same? day|week|month|year|morning|night|evening|afternoon", thatUnit},
	{"the same day|week|month|year|morning|night|evening|afternoon", thatUnit},
	{"the next|following|previous day|morning", dayAfter},
	{"the day before|after|earlier", dayAfter},
	{"the following|preceding week|month|year", followingUnit},
	{"a year earlier|ago", ago},
	{"the? comparable? year - earlier|ago quarter|period", yearAgoQuarter},
	{"year - earlier|ago", yearAgoQuarter},

	// quarters, halves and fiscal years
	{"the? fiscal? ORD -? quarter|half|quarters", quarter},
	{"the? fiscal - ORD quarter", quarter},
	{"the? YEAR fiscal? ORD -? quarter|half", quarter},
	{"the? fiscal? ORD -? quarter|half of YEAR", quarter},
	{"the? last|latter half of YEAR", lastHalf},
	{"the? fiscal? ORD -? quarter|half of last|this|next year", quarter},
	{"the? final|last quarter of YEAR", lastHalf},
	{"the? first|last|final NUM quarters|months of YEAR", halfOfYear},
	{"this|last|next year ' s ORD quarter|half", quarter},
	{"the? YEAR quarter|period", quarter},
	{"last|this|next year ' s quarter|period", quarter},
	{"the|this|that quarter|period", thisQuarter},
	{"the latest|current|comparable|same|prior|previous|fiscal? quarter|period", thisQuarter},
	{"fiscal YEAR", fiscalYear},
	{"the? current|latest|last|previous|next|this fiscal year", relUnit},

	// durations
	{"the? past|last|next|coming|previous|following|first|final|latest|recent NUM -? more? UNIT", duration},
	{"the? past|last|next|previous|following|first|final NUM straight|consecutive|trading|business|working UNIT", duration},
	{"each of the past|last NUM UNIT", duration},
	{"NUM more? UNIT", duration},
	{"NUM straight|consecutive|trading|business|working UNIT", duration},
	{"NUM UNIT and a half", duration},
	{"NUM - UNIT - old|long", duration},
	{"NUM UNIT old", duration},
	{"NUM - UNIT", duration},
	{"the? NUM UNIT", duration},
	{"NUM to|or|- NUM UNIT", durationRange},
	{"UNIT - long", duration},
	{"the? past|coming|recent|future UNIT", vagueUnit},
	{"the UNIT ahead", vagueUnit},
	{"UNIT", bareUnits},
	{"the year", theYear},
	{"the week", theWeek},
	{"the day", theDay},
	{"the full|entire|whole year", theYear},
	{"year - end", yearEnd},
	{"year ' s end", yearEnd},
	{"year end", yearEnd},

	// sets
	{"daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|semiannually", set},
	{"every|each UNIT", set},
	{"every|each WDAY PART?", set},
	{"every|each MONTH", set},
	{"every|each SEASON", set},
	{"every|each morning|afternoon|evening|night", set},
	{"every other UNIT", set},

	// references to past, present and future
	{"now|currently|nowadays|presently|recently|lately|current|recent|future", ref},
	{"the past|present|future", ref},
	{"the near|distant|not-too-distant future", ref},
	{"the near|short|long term", ref},
	{"these days", ref},
	{"at present", ref},

	// clock times
	{"HOUR : MIN AMPM? ZONE?", clock},
	{"HOUR AMPM ZONE?", clock},
	{"HOUR o ' clock", clock},
	{"noon|midnight|midday", clock},
	{"HOUR in the morning|afternoon|evening", clock},
}
