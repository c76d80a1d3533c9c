fn main() {
    let a: i32 = 17;
    let b: i32 = 5;
    println!("{} {} {} {} {}", a + b, a - b, a * b, a / b, a % b);
    println!("{} {}", -a / b, -a % b);
    println!("{} {}", a.rem_euclid(b), (-a).rem_euclid(b));
    println!("{} {}", (-a).div_euclid(b), a.div_euclid(-b));
    let x: u8 = 0b1010_1100;
    println!("{} {} {} {}", x & 0x0f, x | 0x01, x ^ 0xff, !x);
    println!("{} {}", x << 1, x >> 3);
    let n: i32 = -16;
    println!("{} {}", n >> 2, n << 2);
    println!("{}", (-1i32) as u32 >> 28);
    let mut c = 10;
    c += 5;
    c -= 3;
    c *= 2;
    c /= 4;
    c %= 4;
    c <<= 3;
    c |= 1;
    c ^= 3;
    c &= 0xff;
    c >>= 1;
    println!("c = {c}");
    println!("{}", 1_000_000i64 * 1_000_000);
    println!("{} {}", 7 / 2, 7.0 / 2.0);
}
