fn id<T>(x: T) -> T {
    x
}

struct Counter {
    hits: u8,
}

fn main() {
    let mut pt = (1, 2);
    {
        let (ref mut a, ref b) = pt;
        *a += *b;
    }
    println!("{:?}", pt);
    let mut pair = (String::from("x"), 5u32);
    let (ref mut s, ref mut n) = pair;
    s.push('y');
    *n *= 3;
    println!("{:?}", pair);
    let mut small = id(250u8);
    small += 3;
    println!("{}", small);
    println!("{:?}", small.checked_add(10));
    let c = Counter { hits: id(200) };
    println!("{:?} {}", c.hits.checked_add(100), c.hits.wrapping_add(100));
    struct Local {
        v: u8,
    }
    let l = Local { v: 250 };
    let t = l.v;
    println!("{:?} {}", t.checked_add(10), t.wrapping_mul(3));
    println!("{:?} {:?} {:?}", i32::MIN.checked_rem(-1), 7i32.checked_rem(-1), i8::MIN.checked_div(-1));
    println!("{} {:?} {:?}", (-5i64).unsigned_abs(), 1u8.checked_shl(8), 255u8.checked_shr(7));
    let mut v = vec!["a", "A", "b", "B", "b", "c"];
    v.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("{:?}", v);
    println!("{}", 5.clamp(1, 3));
}
