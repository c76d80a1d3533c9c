std::arch::global_asm!(".globl nothing", "nothing:", "ret"); //~ unsupported: asm

fn main() {
    println!("assembled");
}
