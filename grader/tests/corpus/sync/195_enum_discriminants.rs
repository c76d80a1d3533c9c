#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Trace = 0,
    Debug = 10,
    Info = 20,
    Warn = 30,
    Error = 40,
}

impl Level {
    fn from_code(code: u8) -> Option<Level> {
        match code {
            0 => Some(Level::Trace),
            10 => Some(Level::Debug),
            20 => Some(Level::Info),
            30 => Some(Level::Warn),
            40 => Some(Level::Error),
            _ => None,
        }
    }
}

#[derive(Debug)]
enum Weekday {
    Mon = 1,
    Tue,
    Wed,
    Thu = 10,
    Fri,
}

fn main() {
    let threshold = Level::Info;
    for (lvl, msg) in [(Level::Debug, "cache miss"), (Level::Warn, "slow query"), (Level::Error, "db down"), (Level::Info, "started")] {
        if lvl >= threshold {
            println!("[{:>5}] {:<6} {msg}", lvl as u8, format!("{lvl:?}"));
        }
    }
    println!("{:?} {:?}", Level::from_code(30), Level::from_code(31));
    println!("{} {} {} {} {}", Weekday::Mon as i32, Weekday::Tue as i32, Weekday::Wed as i32, Weekday::Thu as i32, Weekday::Fri as i32);
    let mut levels = vec![Level::Error, Level::Trace, Level::Warn];
    levels.sort();
    println!("{levels:?} max {:?}", levels.iter().max());
    println!("{:?}", Weekday::Fri);
}
