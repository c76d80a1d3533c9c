extern "C" { //~ unsupported: extern
    fn abs(input: i32) -> i32;
}

fn main() {
    println!("{}", unsafe { abs(-3) });
}
