trait Unit {
    const SYMBOL: &'static str;
    const PER_METER: f64;
    fn from_meters(m: f64) -> f64 {
        m * Self::PER_METER
    }
}

struct Feet;
struct Centimeters;

impl Unit for Feet {
    const SYMBOL: &'static str = "ft";
    const PER_METER: f64 = 3.28084;
}

impl Unit for Centimeters {
    const SYMBOL: &'static str = "cm";
    const PER_METER: f64 = 100.0;
    fn from_meters(m: f64) -> f64 {
        (m * Self::PER_METER).round()
    }
}

fn show<U: Unit>(m: f64) -> String {
    format!("{:.2} {}", U::from_meters(m), U::SYMBOL)
}

struct Circle {
    r: f64,
}

impl Circle {
    const UNIT: Circle = Circle { r: 1.0 };
    const MAX_RADIUS: f64 = 1e6;

    fn clamped(r: f64) -> Circle {
        Circle { r: r.min(Self::MAX_RADIUS) }
    }
}

fn main() {
    println!("{}", show::<Feet>(2.0));
    println!("{}", show::<Centimeters>(1.2345));
    println!("{} {}", Circle::UNIT.r, Circle::clamped(5e9).r);
    println!("{}", <Feet as Unit>::SYMBOL);
    println!("{}", i32::MAX.checked_add(1).is_none());
    println!("{} {}", f64::consts_demo(), u8::MAX);
}

trait ConstsDemo {
    fn consts_demo() -> String;
}

impl ConstsDemo for f64 {
    fn consts_demo() -> String {
        format!("{:.4}", std::f64::consts::SQRT_2)
    }
}
