fn store(slot: &mut Vec<u8>, v: u8) {
    slot.push(v);
}

fn main() {
    let mut bytes = Vec::new();
    let mut level = 250;
    for _ in 0..4 {
        store(&mut bytes, level);
        level = level.wrapping_add(3);
    }
    println!("{bytes:?} then {level}");
    let big = 3_000_000_000u32;
    let half = big / 2;
    println!("{half}");
    let mut small = 0;
    let limit: i8 = 100;
    while small < limit {
        small += 30;
    }
    println!("{small} {}", small.leading_zeros());
    let shift = 1 << 40;
    let wide: u64 = shift;
    println!("{wide}");
    let neg = -1;
    let as_i64: i64 = neg;
    println!("{}", as_i64 as u64);
}
