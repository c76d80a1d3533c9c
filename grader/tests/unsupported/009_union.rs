union IntOrFloat { //~ unsupported: union
    i: u32,
    f: f32,
}

fn main() {
    let v = IntOrFloat { f: 1.0 };
    println!("{}", unsafe { v.i });
}
