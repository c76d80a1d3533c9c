macro_rules! square { //~ unsupported: macro_rules
    ($x:expr) => {
        $x * $x
    };
}

fn main() {
    println!("{}", square!(7));
}
