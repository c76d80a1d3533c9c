trait Unit {
    fn from_meters(m: f64) -> f64;
}

struct Feet;

impl Unit for Feet {
    fn from_meters(m: f64) -> f64 {
        m * 3.28084
    }
}

fn show<U: Unit>(m: f64) -> f64 {
    U::from_meters(m) //~ unsupported: through the type parameter `U`
}

fn main() {
    println!("{}", show::<Feet>(2.0));
}
