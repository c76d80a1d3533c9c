static mut COUNTER: u32 = 0; //~ unsupported: static mut|mutable static

fn bump() {
    unsafe {
        COUNTER += 1;
    }
}

fn main() {
    bump();
    bump();
    println!("bumped");
}
