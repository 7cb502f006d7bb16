//! The structured, not yet resolved, meaning of a temporal expression.

use jiff::civil::Weekday;

/// Which occurrence a weekday or month names, relative to the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// Bare ("Friday", "June"): the occurrence the tense and nearness point to.
    None,
    /// "last Friday", "last June": the latest occurrence strictly before the anchor.
    Last,
    /// "next Friday": the first occurrence strictly after the anchor.
    Next,
    /// "this Friday", "this June": the occurrence in the anchor's week or year.
    This,
}

/// A calendar unit of a relative expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Days.
    Day,
    /// ISO weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
}

/// Holidays whose date moves from year to year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feast {
    /// US Thanksgiving: the fourth Thursday of November.
    Thanksgiving,
    /// Western Easter Sunday.
    Easter,
    /// The day after Thanksgiving.
    BlackFriday,
    /// The Monday after Thanksgiving.
    CyberMonday,
    /// The Friday before Easter.
    GoodFriday,
}

impl Feast {
    /// The feast's date in year `y`.
    pub fn date(self, y: i16) -> Option<jiff::civil::Date> {
        match self {
            Feast::Thanksgiving => {
                let first = jiff::civil::Date::new(y, 11, 1).ok()?;
                let to_thu = i64::from(Weekday::Thursday.since(first.weekday()));
                first.checked_add(jiff::Span::new().days(to_thu + 21)).ok()
            }
            Feast::BlackFriday => Feast::Thanksgiving.date(y)?.tomorrow().ok(),
            Feast::CyberMonday => Feast::Thanksgiving
                .date(y)?
                .checked_add(jiff::Span::new().days(4))
                .ok(),
            Feast::GoodFriday => Feast::Easter
                .date(y)?
                .checked_sub(jiff::Span::new().days(2))
                .ok(),
            Feast::Easter => {
                // Anonymous Gregorian computus.
                let y = i32::from(y);
                let (a, b, c) = (y % 19, y / 100, y % 100);
                let (d, e) = (b / 4, b % 4);
                let f = (b + 8) / 25;
                let g = (b - f + 1) / 3;
                let h = (19 * a + b - d - g + 15) % 30;
                let (i, k) = (c / 4, c % 4);
                let l = (32 + 2 * e + 2 * i - h - k) % 7;
                let m = (a + 11 * h + 22 * l) / 451;
                let month = (h + l - 7 * m + 114) / 31;
                let day = (h + l - 7 * m + 114) % 31 + 1;
                jiff::civil::Date::new(y as i16, month as i8, day as i8).ok()
            }
        }
    }
}

/// What an expression says, before it meets an anchor date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// A day, its year possibly left to the anchor ("10 July", "Wednesday, 3 July").
    Day {
        /// Year, when written.
        y: Option<i16>,
        /// Month 1–12.
        m: i8,
        /// Day of month.
        d: i8,
        /// Weekday, when written (helps find the year).
        wd: Option<Weekday>,
    },
    /// A span of days ("9 to 15 July 2023", "May 18-19", "30 June to 2 July").
    DayRange {
        /// Year of the first day, when written.
        y1: Option<i16>,
        /// Month of the first day.
        m1: i8,
        /// First day.
        d1: i8,
        /// Year of the last day, when written.
        y2: Option<i16>,
        /// Month of the last day.
        m2: i8,
        /// Last day.
        d2: i8,
    },
    /// A month ("June 2024", "in May last year", "last April", "late November").
    Month {
        /// Year, when written.
        y: Option<i16>,
        /// Month 1–12.
        m: i8,
        /// "last"/"next"/"this" before the month.
        shift: Shift,
        /// Years relative to the anchor's ("May last year" is -1).
        year_rel: Option<i32>,
    },
    /// A span of months ("January to July this year").
    MonthRange {
        /// Year, when written.
        y: Option<i16>,
        /// First month.
        m1: i8,
        /// Last month.
        m2: i8,
        /// Years relative to the anchor's.
        year_rel: Option<i32>,
    },
    /// A year ("in 2023").
    Year(i16),
    /// A movable feast ("Thanksgiving", "Easter"), its year possibly left to the anchor.
    Feast {
        /// Year, when written.
        y: Option<i16>,
        /// Which feast.
        feast: Feast,
    },
    /// A weekday ("Saturday", "last Friday").
    Weekday {
        /// The day.
        wd: Weekday,
        /// "last", "next", "this".
        shift: Shift,
    },
    /// An offset from the anchor in a unit ("yesterday", "last year", "four years ago", "this month").
    Offset {
        /// The unit; the value has this precision.
        unit: Unit,
        /// How many units after (positive) or before (negative) the anchor.
        n: i32,
    },
}

impl Expr {
    /// Whether the value depends on the anchor (relative or partial expressions).
    pub fn needs_anchor(&self) -> bool {
        match self {
            Expr::Day { y, .. } => y.is_none(),
            Expr::DayRange { y1, y2, .. } => y1.is_none() && y2.is_none(),
            Expr::Month { y, .. } | Expr::MonthRange { y, .. } => y.is_none(),
            Expr::Year(_) => false,
            Expr::Feast { y, .. } => y.is_none(),
            Expr::Weekday { .. } | Expr::Offset { .. } => true,
        }
    }

    /// Whether the expression names a calendar day or month without being relative to "now"
    /// (its year can come from the article's own dates when the publication date is unknown).
    pub fn is_partial(&self) -> bool {
        matches!(
            self,
            Expr::Day { y: None, .. }
                | Expr::DayRange {
                    y1: None,
                    y2: None,
                    ..
                }
                | Expr::Month {
                    y: None,
                    shift: Shift::None,
                    year_rel: None,
                    ..
                }
        )
    }
}
