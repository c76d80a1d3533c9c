#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Low = 10,
    Mid = 5,
    High = 1,
}

fn main() {
    let mut lv = vec![Level::High, Level::Low, Level::Mid, Level::Low];
    lv.sort();
    println!("{:?}", lv);
    println!("{:?} {}", Level::Low.cmp(&Level::High), Level::Mid as i32);
}
