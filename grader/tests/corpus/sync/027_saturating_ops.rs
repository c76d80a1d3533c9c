#[derive(Debug)]
struct Health(u8);

impl Health {
    fn damage(&mut self, amount: u8) {
        self.0 = self.0.saturating_sub(amount);
    }
    fn heal(&mut self, amount: u8) {
        self.0 = self.0.saturating_add(amount);
    }
}

fn main() {
    let mut h = Health(100);
    h.heal(200);
    println!("{h:?}");
    h.damage(30);
    println!("{h:?}");
    h.damage(250);
    println!("{h:?}");
    println!("{}", i8::MIN.saturating_sub(1));
    println!("{}", i8::MAX.saturating_mul(2));
    println!("{}", (-100i8).saturating_mul(2));
    println!("{}", 3u32.saturating_pow(30));
    println!("{}", i32::MIN.saturating_abs());
    println!("{}", i32::MIN.saturating_neg());
}
