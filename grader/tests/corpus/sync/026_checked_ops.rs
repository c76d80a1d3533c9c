fn safe_div(a: i32, b: i32) -> Option<i32> {
    a.checked_div(b)
}

fn main() {
    println!("{:?}", 250u8.checked_add(5));
    println!("{:?}", 250u8.checked_add(6));
    println!("{:?}", 3u32.checked_sub(4));
    println!("{:?}", i64::MAX.checked_mul(2));
    println!("{:?}", 2u64.checked_pow(63));
    println!("{:?}", 2u64.checked_pow(64));
    println!("{:?}", safe_div(10, 3));
    println!("{:?}", safe_div(10, 0));
    println!("{:?}", i32::MIN.checked_div(-1));
    println!("{:?}", i32::MIN.checked_abs());
    println!("{:?}", 5i32.checked_rem(0));
    let total = [100u8, 100, 60].iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    println!("try_fold sum: {:?}", total);
    let total = [100u8, 100, 50].iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    println!("try_fold sum: {:?}", total);
}
