#![feature(never_type)] //~ unsupported: feature

fn fail() -> ! {
    panic!("never returns")
}

fn main() {
    println!("before");
    fail();
}
