// Items (`fn`, `struct`, `impl`, `const`, `use`) inside nested blocks of a fn body.
fn main() {
    let n = {
        fn helper(n: u32) -> u32 {
            n * 3
        }
        helper(7)
    };
    println!("{n}");
    for i in 0..2 {
        const STEP: i32 = 10;
        #[derive(Debug)]
        struct Point {
            x: i32,
        }
        impl Point {
            fn shifted(&self) -> Point {
                Point { x: self.x + STEP }
            }
        }
        println!("{:?}", Point { x: i }.shifted());
    }
    let shout = |s: &str| {
        use std::fmt::Write;
        let mut out = String::new();
        write!(out, "{}!", s.to_uppercase()).unwrap();
        out
    };
    println!("{}", shout("hi"));
}
