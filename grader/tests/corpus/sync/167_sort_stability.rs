#[derive(Debug, Clone)]
struct Entry {
    team: char,
    name: &'static str,
    points: u32,
}

fn main() {
    let entries = vec![
        Entry { team: 'b', name: "ann", points: 3 },
        Entry { team: 'a', name: "bob", points: 5 },
        Entry { team: 'b', name: "cid", points: 5 },
        Entry { team: 'a', name: "dee", points: 3 },
        Entry { team: 'c', name: "eve", points: 5 },
    ];
    let mut by_points = entries.clone();
    by_points.sort_by_key(|e| std::cmp::Reverse(e.points));
    println!("{:?}", by_points.iter().map(|e| e.name).collect::<Vec<_>>());
    let mut by_team = by_points.clone();
    by_team.sort_by(|a, b| a.team.cmp(&b.team));
    for e in &by_team {
        println!("{} {} {}", e.team, e.points, e.name);
    }
    let mut keys = entries.clone();
    keys.sort_by_cached_key(|e| format!("{}{}", e.points, e.name));
    println!("{:?}", keys.iter().map(|e| e.name).collect::<Vec<_>>());
    let mut words = vec!["bb", "a", "ccc", "dd", "e"];
    words.sort_by(|x, y| y.len().cmp(&x.len()));
    println!("{words:?}");
    let mut nums = vec![5, 1, 4, 1, 5, 9, 2, 6];
    nums.sort_unstable_by(|a, b| b.cmp(a));
    nums.dedup();
    println!("{nums:?}");
    let pos = nums.partition_point(|&x| x > 4);
    println!("{pos}");
}
