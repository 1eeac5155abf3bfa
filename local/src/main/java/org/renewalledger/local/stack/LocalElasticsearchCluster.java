package org.renewalledger.local.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Several Elasticsearch nodes on loopback forming one cluster ({@code renewal.local-stack.elasticsearch-nodes}): each
 * node its own data directory ({@code node-1}, {@code node-2}, … below the given one) and its own HTTP and transport
 * ports, all seeded with each other's transport ports. The service talks to every node (a comma-separated URL), and
 * the indexes keep one replica while the cluster has more than one node, so losing a node loses no search.
 */
public final class LocalElasticsearchCluster implements AutoCloseable {

    private final List<LocalElasticsearchServer> nodes;

    private LocalElasticsearchCluster(List<LocalElasticsearchServer> nodes) {
        this.nodes = nodes;
    }

    /**
     * Starts {@code count} nodes (all at once: a cluster forms only when a majority of its first masters runs) and
     * waits until each sees all of them and the cluster is at least yellow. {@code httpPorts}: the ports to reuse
     * on a restart, or empty for free ones.
     */
    public static LocalElasticsearchCluster start(Path elasticsearchHome, Path directory, Path javaHome, String heap,
                                                  Duration startupTimeout, int count, List<Integer> httpPorts) throws IOException {
        List<String> names = IntStream.rangeClosed(1, count).mapToObj(i -> "node-" + i).toList();
        List<Integer> transportPorts = new ArrayList<>();
        List<Integer> http = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            transportPorts.add(LocalProcesses.freeLoopbackPort());
            http.add(i < httpPorts.size() && httpPorts.get(i) > 0 ? httpPorts.get(i) : LocalProcesses.freeLoopbackPort());
        }
        List<LocalElasticsearchServer> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                nodes.add(LocalElasticsearchServer.launch(elasticsearchHome, directory.resolve(names.get(i)), javaHome, heap,
                        http.get(i), transportPorts.get(i),
                        new LocalElasticsearchServer.Membership(names.get(i), names, transportPorts)));
            }
            for (LocalElasticsearchServer node : nodes) {
                node.awaitReady(startupTimeout, count);
            }
        } catch (IOException | RuntimeException e) {
            nodes.forEach(LocalElasticsearchServer::close);
            throw e;
        }
        return new LocalElasticsearchCluster(List.copyOf(nodes));
    }

    /** Every node's HTTP address, comma-separated: what {@code renewal.elasticsearch.url} takes. */
    public String httpUrls() {
        return String.join(",", nodes.stream().map(LocalElasticsearchServer::httpUrl).toList());
    }

    public List<Integer> httpPorts() {
        return nodes.stream().map(LocalElasticsearchServer::httpPort).toList();
    }

    public List<LocalElasticsearchServer> nodes() {
        return nodes;
    }

    @Override
    public void close() {
        nodes.forEach(LocalElasticsearchServer::close);
    }
}
