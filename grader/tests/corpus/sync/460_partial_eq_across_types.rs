#[derive(Debug, Clone, Copy)]
struct Meters(f64);
#[derive(Debug, Clone, Copy)]
struct Feet(f64);

impl PartialEq<Feet> for Meters {
    fn eq(&self, other: &Feet) -> bool {
        (self.0 - other.0 * 0.3048).abs() < 1e-9
    }
}
impl PartialEq for Meters {
    fn eq(&self, other: &Meters) -> bool {
        self.0 == other.0
    }
}

#[derive(Debug)]
struct Name(String);
impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Priority {
    Low = 1,
    Mid = 5,
    High = 10,
}

#[derive(Debug, PartialEq, PartialOrd)]
struct Version(u32, u32, u32);

fn main() {
    let m = Meters(0.3048);
    let f = Feet(1.0);
    println!("{}", m == f);
    println!("{}", m != Feet(2.0));
    println!("{}", m == Meters(0.3048));
    let n = Name("Alice".to_string());
    println!("{}", n == "ALICE");
    println!("{}", n == "Alice");
    let mut ps = vec![Priority::High, Priority::Low, Priority::Mid, Priority::Low];
    ps.sort();
    println!("{:?}", ps);
    ps.dedup();
    println!("{:?} {}", ps, Priority::High as i32);
    println!("{:?}", Priority::Mid.cmp(&Priority::High));
    println!("{:?}", ps.iter().max());
    let a = Version(1, 2, 3);
    let b = Version(1, 10, 0);
    println!("{} {} {:?}", a < b, a == Version(1, 2, 3), a.partial_cmp(&b));
    let tuples = vec![(2, "b"), (1, "z"), (2, "a")];
    let mut t2 = tuples.clone();
    t2.sort();
    println!("{:?}", t2);
    println!("{:?}", tuples.iter().min());
    println!("{}", (1, 2.5) < (1, f64::NAN));
}
