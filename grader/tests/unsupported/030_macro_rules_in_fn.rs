fn main() {
    macro_rules! log { //~ unsupported: macro_rules
        ($($arg:tt)*) => { println!("[log] {}", format!($($arg)*)) };
    }
    log!("{} + {} = {}", 1, 2, 3);
}
