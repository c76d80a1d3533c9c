fn main() {
    let m = u128::MAX;
    println!("{} {:x} {:b} {:e} {:?}", m, m, m >> 100, m, m);
    let big: u128 = 300000000000000000000000000000000000000;
    println!("{}", big);
    println!("{}", big / 7 + 3);
    println!("{:?} {:?}", m.checked_add(1), big.checked_mul(2));
    println!("{} {}", m.wrapping_add(2), big.saturating_mul(3));
    println!("{} {} {}", m.leading_zeros(), (big >> 1).leading_zeros(), big.count_ones());
    println!("{}", m as f64);
    println!("{}", 3.4e38f64 as u128);
    println!("{}", -1i64 as u128);
    println!("{}", m as i128);
    println!("{}", m as u64);
    println!("{:?}", "340282366920938463463374607431768211455".parse::<u128>());
    println!("{:?}", "340282366920938463463374607431768211456".parse::<u128>());
    println!("{:?}", u64::try_from(big));
    println!("{:?}", i128::try_from(big));
    println!("{}", big > 5);
    println!("{}", 2u128.pow(127));
    println!("{:?}", 2u128.checked_pow(128));
    let mut v = vec![m, 1, big];
    v.sort();
    println!("{:?}", v);
    println!("{}", v.iter().max().unwrap());
    println!("{}", i128::MIN.abs_diff(i128::MAX));
    more();
}

fn checked_total(xs: &[u128]) -> Option<u128> {
    xs.iter().try_fold(0u128, |acc, &x| acc.checked_add(x))
}

fn more() {
    let m = u128::MAX;
    println!("{:?}", checked_total(&[m / 2, m / 2, 1]));
    println!("{:?}", checked_total(&[m / 2, m / 2, 2]));
    println!("{:#x} {:o}", m / 3, 1u128 << 100);
    println!("{}", (m - 5).rotate_left(3));
    println!("{:?}", m.overflowing_add(7));
    println!("{}", m.trailing_zeros() + (1u128 << 64).trailing_zeros());
    let x: u128 = checked_total(&[m - 1]).unwrap();
    println!("{}", x + 2);
}
