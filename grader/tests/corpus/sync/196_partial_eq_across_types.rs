#[derive(Debug)]
struct Meters(f64);
#[derive(Debug)]
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

#[derive(Debug, Clone)]
struct User {
    id: u32,
    name: String,
}

impl PartialEq for User {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl PartialOrd for Meters {
    fn partial_cmp(&self, other: &Meters) -> Option<std::cmp::Ordering> {
        self.0.partial_cmp(&other.0)
    }
}

fn main() {
    println!("{}", Meters(0.3048) == Feet(1.0));
    println!("{}", Meters(1.0) == Feet(1.0));
    println!("{}", Meters(2.0) != Meters(2.0));
    let a = User { id: 1, name: "ann".into() };
    let b = User { id: 1, name: "Ann Smith".into() };
    println!("{} {:?}", a == b, [a.clone(), b.clone()].iter().filter(|u| **u == a).count());
    println!("{}", Meters(1.0) < Meters(2.0));
    println!("{:?}", Meters(f64::NAN).partial_cmp(&Meters(1.0)));
    println!("{}", "abc" == String::from("abc"));
    println!("{}", String::from("x") == *"x");
    println!("{}", vec![1, 2] == [1, 2]);
    println!("{}", Some(3) == Some(3).map(|x| x));
}
