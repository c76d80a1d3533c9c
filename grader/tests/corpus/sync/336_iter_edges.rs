fn main() {
    let v: Vec<i32> = (0..10).step_by(3).collect();
    println!("{:?}", v);
    println!("{:?}", (0..10).rev().step_by(4).collect::<Vec<_>>());
    println!("{:?}", (0..11).step_by(5).rev().collect::<Vec<_>>());
    for (i, x) in ['a', 'b', 'c'].iter().rev().enumerate() {
        print!("{}{} ", i, x);
    }
    println!();
    for (i, x) in ['a', 'b', 'c'].iter().enumerate().rev() {
        print!("{}{} ", i, x);
    }
    println!();
    let mut it = [1, 2, 3, 10, 11, 4].into_iter().peekable();
    let mut small = vec![];
    while let Some(x) = it.next_if(|&x| x < 5) {
        small.push(x);
    }
    println!("{:?} next={:?} peek={:?}", small, it.next(), it.peek());
    println!("{:?}", it.next_if_eq(&11));
    println!("{:?}", it.next_if_eq(&11));
    println!("{:?}", it.collect::<Vec<_>>());
    let z: Vec<(i32, char)> = vec![1, 2, 3].into_iter().zip("ab".chars()).collect();
    println!("{:?}", z);
    let opts = vec![Some(1), None, Some(3)];
    let f: Vec<i32> = opts.iter().flat_map(|o| *o).collect();
    println!("{:?}", f);
    let f2: Vec<i32> = opts.iter().flatten().map(|x| x * 10).collect();
    println!("{:?}", f2);
    let words = ["bb", "a", "cc", "dd", "e"];
    println!("{:?}", words.iter().max_by(|a, b| a.len().cmp(&b.len())));
    println!("{:?}", words.iter().min_by(|a, b| a.len().cmp(&b.len())));
    println!("{:?}", words.iter().max_by_key(|w| w.len()));
    println!("{:?}", words.iter().min_by_key(|w| w.len()));
    println!("{:?} {:?}", words.iter().max(), words.iter().min());
    let pairs = [(1, 'x'), (3, 'y'), (3, 'z'), (1, 'w')];
    println!("{:?} {:?}", pairs.iter().max_by_key(|p| p.0), pairs.iter().min_by_key(|p| p.0));
    let fl = [2.5f64, -1.0, 7.25, 7.25];
    println!("{:?}", fl.iter().cloned().fold(f64::NEG_INFINITY, f64::max));
    println!("{:?}", fl.iter().max_by(|a, b| a.partial_cmp(b).unwrap()));
    let e: Vec<i32> = vec![];
    println!("{} {} {:?} {:?}", e.iter().sum::<i32>(), e.iter().product::<i32>(), e.iter().max(), e.iter().last());
    let r: Result<Vec<i32>, String> = ["1", "2", "x", "y"].iter().map(|s| s.parse::<i32>().map_err(|_| format!("bad {}", s))).collect();
    println!("{:?}", r);
    let mut seen = vec![];
    let r2: Result<Vec<i32>, String> = [1, -2, 3, -4].iter().map(|&x| { seen.push(x); if x < 0 { Err(format!("neg {}", x)) } else { Ok(x) } }).collect();
    println!("{:?} seen={:?}", r2, seen);
    let o: Option<Vec<i32>> = [Some(1), Some(2)].into_iter().collect();
    println!("{:?}", o);
    let o2: Option<Vec<i32>> = [Some(1), None].into_iter().collect();
    println!("{:?}", o2);
    println!("{:?}", [5, 6, 7, 8, 7].iter().skip(2).position(|&x| x == 7));
    println!("{:?}", [5, 6, 7, 8, 7].iter().rposition(|&x| x == 7));
    println!("{:?}", (1..4).chain(7..9).rev().collect::<Vec<_>>());
    println!("{:?}", (1..=4).scan(0, |acc, x| { *acc += x; Some(*acc) }).collect::<Vec<_>>());
    println!("{:?}", [1, 2, 3, 4, 5].iter().skip_while(|&&x| x < 3).take_while(|&&x| x < 5).collect::<Vec<_>>());
    println!("{:?}", (0..20).filter(|x| x % 3 == 0).map(|x| x * x).take(4).last());
    let mut it2 = (1..=3).into_iter();
    println!("{:?} {:?} {:?}", it2.nth(1), it2.nth(0), it2.nth(5));
    println!("{}", (1..=5).map(|x| x.to_string()).collect::<Vec<_>>().join("-"));
    println!("{}", ['h', 'i'].iter().collect::<String>());
    println!("{:?}", "a1b2".chars().partition::<Vec<char>, _>(|c| c.is_alphabetic()));
    println!("{:?}", [3, 1, 2].iter().copied().reduce(|a, b| a * 10 + b));
    println!("{}", (1..=3).map(|x| x as f64 * 0.5).sum::<f64>());
    println!("{:?}", vec![(1, 'a'), (2, 'b')].into_iter().unzip::<i32, char, Vec<i32>, Vec<char>>());
    println!("{} {}", (0..0).count(), (0..5).rev().skip(1).count());
    println!("{:?}", [1, 5, 2].iter().rev().skip(1).collect::<Vec<_>>());
    let mut cnt = 0;
    let found = (1..100).inspect(|_| cnt += 1).find(|x| x * x > 30);
    println!("{:?} after {}", found, cnt);
    println!("{} {}", (1..4).any(|x| x == 2), (1..1).all(|x: i32| x > 100));
    println!("{:?}", (0..3).flat_map(|i| (0..i).map(move |j| (i, j))).collect::<Vec<_>>());
    println!("{:?}", [[1, 2], [3, 4]].concat());
    println!("{:?}", vec!["ab", "c"].concat());
    println!("{:?}", (1..=3).cycle().take(7).collect::<Vec<_>>());
    println!("{:?}", std::iter::repeat("x").take(3).collect::<String>());
    println!("{:?}", std::iter::once(4).chain(std::iter::empty()).collect::<Vec<i32>>());
    println!("{:?}", std::iter::successors(Some(1u32), |x| x.checked_mul(10)).collect::<Vec<_>>());
    println!("{:?}", (1..=3).zip((4..=6).rev()).map(|(a, b)| a * b).collect::<Vec<_>>());
    println!("{:?}", [1, 2, 3].iter().sum::<i32>().cmp(&6));
}
