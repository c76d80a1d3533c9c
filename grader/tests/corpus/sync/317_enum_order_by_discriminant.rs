// Derived Ord/PartialOrd on enums with explicit discriminants out of declaration
// order: the order is the discriminants', for sort, BTreeMap keys, max, cmp.
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
enum Level {
    Low = 10,
    #[default]
    Mid = 5,
    High = 1,
    Top,
}

#[derive(Debug, PartialEq, PartialOrd)]
enum Mixed {
    B = 3,
    A = 1,
    C = 2,
}

fn main() {
    let mut lv = vec![Level::High, Level::Low, Level::Mid, Level::Low, Level::Top];
    lv.sort();
    println!("{:?}", lv);
    println!("{:?} {} {}", Level::Low.cmp(&Level::High), Level::Mid as i32, Level::Top as u8);
    println!("{:?}", Level::default());
    let mut m = BTreeMap::new();
    for l in [Level::Low, Level::Top, Level::High, Level::Mid] {
        m.insert(l, l as i32);
    }
    println!("{:?}", m);
    println!("{:?}", lv.iter().max());
    println!("{}", Mixed::B > Mixed::C);
    println!("{:?}", Mixed::A.partial_cmp(&Mixed::C));
    let name = match Level::Top {
        Level::Low => "low",
        Level::Mid => "mid",
        Level::High => "high",
        Level::Top => "top",
    };
    println!("{} {:#?}", name, Mixed::C);
}
