package org.jixiao.engine.read;

import java.util.List;
import org.jixiao.spi.Api;

/**
 * The paths problems name ({@link org.jixiao.engine.problem.Problem#path()}): {@code facts.households.plan},
 * {@code groups[1].indicators[0].weight}, a key that is not a plain name quoted ({@code judgements."funds.use"."前期审批"}).
 * For a program that places a problem in its own form, as the page does, without parsing the path itself.
 *
 * @since 0.5
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.5")
public final class Paths {

    private Paths() {}

    /**
     * A path's segments: each key as a {@link String} (unquoted), each index as an {@link Integer}.
     *
     * @param path a path as problems write it; never {@code null}
     * @return {@code groups[1].params."a b"} as {@code ["groups", 1, "params", "a b"]}
     */
    public static List<Object> segments(String path) {
        return List.copyOf(Node.segments(path));
    }

    /**
     * The path of a key below another, quoted where it is not a plain name.
     *
     * @param parent the parent's path, empty for the top
     * @param key the key
     * @return {@code facts.households}, or {@code judgements."funds.use"}
     */
    public static String child(String parent, String key) {
        return Node.child(parent, key);
    }
}
