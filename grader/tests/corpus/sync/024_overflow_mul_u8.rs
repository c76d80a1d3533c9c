fn main() {
    let mut x: u8 = 1;
    let mut steps = 0;
    loop {
        x *= 3;
        steps += 1;
        println!("step {steps}: {x}");
    }
}
