#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters(f64);

#[derive(Debug)]
struct Color(u8, u8, u8);

#[derive(Debug, PartialEq)]
struct Marker;

impl Meters {
    fn to_feet(self) -> f64 {
        self.0 * 3.28084
    }
}

impl Color {
    fn hex(&self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

fn main() {
    let d = Meters(100.0);
    println!("{:?} = {:.2} feet", d, d.to_feet());
    let Meters(raw) = d;
    println!("raw = {raw}");
    let orange = Color(255, 165, 0);
    println!("{:?} -> {}", orange, orange.hex());
    let Color(r, g, _) = orange;
    println!("r={r} g={g}");
    let m = Marker;
    println!("{:?} == Marker: {}", m, m == Marker);
    println!("size of Marker: {}", std::mem::size_of::<Marker>());
    let pairs = [Meters(1.5), Meters(2.5)];
    let total: f64 = pairs.iter().map(|m| m.0).sum();
    println!("total = {total}");
}
