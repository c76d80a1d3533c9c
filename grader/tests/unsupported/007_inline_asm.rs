fn main() {
    let mut x: u64 = 3;
    unsafe { std::arch::asm!("add {0}, 5", inout(reg) x) }; //~ unsupported: asm|unsafe
    println!("{x}");
}
