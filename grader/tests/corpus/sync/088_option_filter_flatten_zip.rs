fn main() {
    let age = Some(17);
    println!("{:?} {:?}", age.filter(|a| *a >= 18), age.filter(|a| *a > 10));
    let nested: Option<Option<i32>> = Some(Some(4));
    let hollow: Option<Option<i32>> = Some(None);
    println!("{:?} {:?}", nested.flatten(), hollow.flatten());
    let x = Some(1);
    let y = Some("one");
    let z: Option<char> = None;
    println!("{:?} {:?}", x.zip(y), x.zip(z));
    let (a, b) = Some((1, 'a')).unzip();
    println!("{a:?} {b:?}");
    let parsed: Vec<Option<u8>> = ["1", "x", "300", "4"].iter().map(|s| s.parse().ok()).collect();
    println!("{parsed:?}");
    let good: Vec<u8> = parsed.iter().flatten().copied().collect();
    println!("{good:?}");
    let total: Option<u32> = ["1", "2", "3"].iter().map(|s| s.parse::<u32>().ok()).sum();
    println!("{total:?}");
    let total: Option<u32> = ["1", "two"].iter().map(|s| s.parse::<u32>().ok()).sum();
    println!("{total:?}");
    let inner: Option<Result<i32, String>> = Some(Ok(3));
    println!("{:?}", inner.transpose());
    println!("{:?}", Some(4).into_iter().chain(None).chain(Some(5)).collect::<Vec<_>>());
    println!("{}", Some(2) < Some(3) && None < Some(0));
    println!("{:?}", [Some(3), None, Some(1)].iter().max());
}
