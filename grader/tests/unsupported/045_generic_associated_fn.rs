trait Unit {
    fn from_meters(m: f64) -> f64;
}

impl Unit for i32 {
    fn from_meters(m: f64) -> f64 {
        m * 3.28084
    }
}

// The type argument comes from an integer argument, which the grader does not type for sure:
// the fn is not lowered per type, so `U::from_meters` is refused.
fn show<U: Unit>(_x: U, m: f64) -> f64 {
    U::from_meters(m) //~ unsupported: through the type parameter `U`
}

fn main() {
    println!("{}", show(5, 2.0));
}
