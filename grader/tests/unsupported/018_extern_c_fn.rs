extern "C" fn callback(x: i32) -> i32 { //~ unsupported: extern
    x * 2
}

fn main() {
    println!("{}", callback(21));
}
