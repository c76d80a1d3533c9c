fn main() {
    println!("{:?}", i8::MIN.checked_div(-1));
    println!("{:?} {:?}", 5i32.checked_rem(0), i32::MIN.checked_rem(-1));
    println!("{} {}", i8::MIN.wrapping_div(-1), i32::MIN.wrapping_rem(-1));
    println!("{:?} {:?}", i8::MIN.overflowing_neg(), 200u8.overflowing_add(100));
    println!("{} {}", i64::MIN.wrapping_abs(), i64::MIN.unsigned_abs());
    println!("{:?} {:?}", i16::MIN.checked_abs(), 3u32.checked_pow(21));
    println!("{} {}", 3u32.saturating_pow(21), 2i32.wrapping_pow(31));
    println!("{} {}", 1u8.wrapping_shl(9), 1i32.checked_shl(32).is_none());
    println!("{} {} {}", -7 / 2, -7 % 2, (-7i32).rem_euclid(2));
    println!("{} {}", (-7i32).div_euclid(2), 7i32.div_euclid(-2));
    println!("{} {} {}", 300.7f64 as u8, -5.9f64 as u8, f64::NAN as i32);
    println!("{} {} {}", 1e20f64 as i64, -1e20f64 as i64, f64::INFINITY as u16);
    println!("{} {}", 2.9f32 as i32, -2.9f32 as i32);
    println!("{} {} {}", 65u8 as char, 233u8 as char, 'é' as u8);
    println!("{} {}", '\u{1F600}' as u32, 'A' as u8 + 2);
    println!("{} {}", -1i32 as u64, -1i64 as u32);
    println!("{} {} {}", 256i32 as u8, -129i32 as i8, 128u8 as i8);
    println!("{} {}", u64::MAX as f32, i32::MAX as f32);
    println!("{} {}", u128::MAX as f64, (1u64 << 53) + 1);
    println!("{} {}", true as i32 + false as i32, (3.99f64 as usize));
    println!("{:?}", char::from_u32(0xD800));
    println!("{:?} {:?}", char::from_digit(11, 16), 'z'.to_digit(36));
    println!("{} {}", i32::MAX.count_ones(), 40u64.trailing_zeros());
    println!("{} {}", 1u32.leading_zeros(), 0u8.leading_zeros());
    println!("{} {}", 0x12345678u32.rotate_left(8), 0x1234u16.swap_bytes());
    println!("{} {} {}", i32::MIN, i128::MIN, u128::MAX);
    println!("{} {}", 10i32.pow(9), 2u64.pow(63));
    println!("{} {}", (-8i32).signum(), 0i32.signum());
    println!("{} {}", (-8i32).abs_diff(7), 3u8.abs_diff(250));
    println!("{} {} {}", i32::MAX.saturating_add(1), i32::MIN.saturating_sub(1), (-5i32).saturating_mul(i32::MAX));
    println!("{:?} {:?}", "255".parse::<u8>(), "256".parse::<u8>());
    println!("{:?} {:?}", "-0".parse::<i32>(), "+7".parse::<i32>());
    println!("{:?} {:?}", "".parse::<i32>(), "-".parse::<i32>());
    println!("{:?} {:?}", " 1".parse::<i32>(), "-1".parse::<u32>());
    match "x1".parse::<i64>() {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("err {} / {:?}", e, e),
    }
    println!("{:?} {:?} {:?}", "1e3".parse::<f64>(), "inf".parse::<f64>(), "NaN".parse::<f64>());
    println!("{:?} {:?}", ".5".parse::<f64>(), "5.".parse::<f64>());
    match "abc".parse::<f64>() {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("err {} / {:?}", e, e),
    }
    println!("{:?} {:?}", "true".parse::<bool>(), "True".parse::<bool>().is_err());
    println!("{:?}", "ab".parse::<char>().is_err());
    println!("{}", usize::MAX);
    println!("{} {}", i8::MAX as i32 + 1, u16::MAX as i16);
}
