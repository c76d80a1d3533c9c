fn trace(label: &str, v: i32) -> i32 {
    println!("  eval {label}");
    v
}

fn idx(label: &str, i: usize) -> usize {
    println!("  index {label}");
    i
}

struct Pair {
    a: i32,
    b: i32,
}

fn sum3(x: i32, y: i32, z: i32) -> i32 {
    x + y + z
}

fn main() {
    println!("call arguments:");
    let s = sum3(trace("x", 1), trace("y", 2), trace("z", 3));
    println!("binary operators:");
    let t = trace("left", 10) - trace("right", 4) * trace("factor", 2);
    println!("struct literal, fields written b then a:");
    let p = Pair { b: trace("b", 2), a: trace("a", 1) };
    println!("assignment into an index:");
    let mut v = vec![0; 3];
    v[idx("target", 1)] = trace("value", 42);
    println!("compound assignment into an index:");
    v[idx("target", 2)] += trace("addend", 5);
    println!("method chain:");
    let len = trace("receiver", 3).max(trace("arg", 7));
    println!("tuple and array:");
    let tup = (trace("t0", 0), trace("t1", 1));
    let arr = [trace("a0", 0), trace("a1", 1)];
    println!("short circuit:");
    let b = trace("lhs", 0) > 1 && trace("rhs", 1) > 0;
    println!("{s} {t} {} {} {v:?} {len} {tup:?} {arr:?} {b}", p.a, p.b);
}
