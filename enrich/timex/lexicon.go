package timex

// Token classes: bits set on a token by the lexicon.
const (
	cMonth     uint32 = 1 << iota // full month name: January
	cMonAbbr                      // month abbreviation: Jan, Sept
	cWeekday                      // Monday, Mon
	cNumWord                      // one, twenty, dozen
	cOrdWord                      // first, twenty-first
	cUnit                         // day(s), week(s), ...
	cSeason                       // spring, summer, fall, autumn, winter
	cPart                         // morning, afternoon, evening, night
	cDigits                       // a run of ASCII digits
	cOrdDigits                    // 15th, 1st
	cDecade                       // 1990s, 90s, eighties
	cHoliday                      // christmas, thanksgiving, ...
	cVague                        // few, several, some, many
)

// months maps lower-case month names and abbreviations to 1..12.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// monthAbbrs maps abbreviations (used with a dot or a following number).
var monthAbbrs = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// weekdays maps weekday names to ISO numbers 1 (Monday) .. 7 (Sunday).
var weekdays = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
	"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
}

// numWords maps number words to their values.
var numWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a": 1, "an": 1,
	"half": 0.5, "couple": 2,
}

// ordWords maps ordinal words to their values.
var ordWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

// Units of time, in the order of their TIMEX3 letters.
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
)

// units maps unit words (singular and plural) to units.
var units = map[string]int{
	"second": uSecond, "seconds": uSecond, "minute": uMinute, "minutes": uMinute,
	"hour": uHour, "hours": uHour, "day": uDay, "days": uDay, "week": uWeek, "weeks": uWeek,
	"fortnight": uFortnight, "fortnights": uFortnight,
	"month": uMonth, "months": uMonth, "quarter": uQuarter, "quarters": uQuarter,
	"year": uYear, "years": uYear, "decade": uDecade, "decades": uDecade,
	"century": uCentury, "centuries": uCentury,
	"yr": uYear, "yrs": uYear, "hr": uHour, "hrs": uHour, "min": uMinute, "mins": uMinute,
}

// seasons maps season words to TIMEX3 season codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// parts maps parts of the day to TIMEX3 codes.
var parts = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
	"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI",
}

// decadeWords maps spelled-out decades to their first year's last two digits.
var decadeWords = map[string]int{
	"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
	"seventies": 70, "eighties": 80, "nineties": 90,
}

// holiday is a named day: a fixed month and day, or a rule (nth weekday of a
// month, or Easter-relative).
type holiday struct {
	month, day int    // fixed date when day > 0
	nth, wday  int    // nth weekday of month (nth=-1: last)
	rel        string // "easter" or "thanksgiving": off days from that holiday
	off        int
}

// holidays maps holiday names (as one token or two joined by a space) to days.
var holidays = map[string]holiday{
	"christmas":        {month: 12, day: 25},
	"christmas day":    {month: 12, day: 25},
	"christmas eve":    {month: 12, day: 24},
	"new year's day":   {month: 1, day: 1},
	"new year's eve":   {month: 12, day: 31},
	"halloween":        {month: 10, day: 31},
	"thanksgiving":     {month: 11, nth: 4, wday: 4},
	"thanksgiving day": {month: 11, nth: 4, wday: 4},
	"valentine's day":  {month: 2, day: 14},
	"independence day": {month: 7, day: 4},
	"labor day":        {month: 9, nth: 1, wday: 1},
	"memorial day":     {month: 5, nth: -1, wday: 1},
	"election day":     {month: 11, nth: 1, wday: 2}, // US: Tuesday after the first Monday, see holidayDay
	"easter":           {month: 0},
	"easter sunday":    {rel: "easter"},
	"easter week":      {rel: "easter"}, // the week ending on Easter Sunday, as an ISO week
	"holy week":        {rel: "easter"},
	"easter monday":    {rel: "easter", off: 1},
	"good friday":      {rel: "easter", off: -2},
	"palm sunday":      {rel: "easter", off: -7},
	"ash wednesday":    {rel: "easter", off: -46},
	"black friday":     {rel: "thanksgiving", off: 1},
	"cyber monday":     {rel: "thanksgiving", off: 4},
	"veterans day":     {month: 11, day: 11},
	"armistice day":    {month: 11, day: 11},
	"remembrance day":  {month: 11, day: 11},
	"boxing day":       {month: 12, day: 26},
	"bastille day":     {month: 7, day: 14},
}
