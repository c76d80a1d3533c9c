fn main() {
    let mut n = 0;
    for i in (i128::MAX - 2)..i128::MAX {
        n += 1;
        println!("{i}");
    }
    for i in (u128::MAX - 1)..=u128::MAX {
        println!("{i}");
    }
    for i in (u64::MAX - 1)..=u64::MAX {
        println!("{i}");
    }
    println!("{}", (0..=u8::MAX).count());
    println!("{n}");
    for i in (i64::MAX - 1)..=i64::MAX {
        println!("{i}");
    }
    println!("{:?}", ((u128::MAX >> 1) - 1..).take(3).collect::<Vec<u128>>());
}
