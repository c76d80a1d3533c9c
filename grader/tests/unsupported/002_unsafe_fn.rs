unsafe fn double(x: *const i32) -> i32 { //~ unsupported: unsafe
    2 * x.read()
}

fn main() {
    let n = 21;
    println!("{}", unsafe { double(&n) });
}
