struct Settings {
    level: u8,
}

fn main() {
    let a = Settings { level: 1 };
    let b = a.clone();
    println!("{} {}", a.level, b.level);
}
